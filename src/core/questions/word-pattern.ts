import { isNearWord } from "./near-word";
import type { QuestionWord } from "./question-words";

/**
 * A pattern of words, written as a line: `heb|hebt je|jij ~ overwogen`.
 * - `a|b` one of these words; `woord*` a word that starts so, `*ing` one that ends so;
 * - a trailing `?` makes the slot optional; `~` skips up to four words.
 */
export interface WordPattern {
	slots: readonly Slot[];
	anchor: "start" | "end" | "anywhere";
}

type Slot = { kind: "gap" } | { kind: "word"; options: readonly string[]; optional: boolean };

const GAP_WORDS = 4;

export function wordPattern(source: string, anchor: WordPattern["anchor"] = "start"): WordPattern {
	const slots = source
		.split(" ")
		.filter((part) => part !== "")
		.map((part): Slot => {
			if (part === "~") return { kind: "gap" };
			const optional = part.endsWith("?");
			return { kind: "word", options: (optional ? part.slice(0, -1) : part).split("|"), optional };
		});
	return { slots, anchor };
}

/** The words the pattern covers, as `[first, last]` indexes, or null. Bounded: short patterns, few gaps, capped words. */
export function matchPattern(pattern: WordPattern, words: readonly QuestionWord[]): [number, number] | null {
	const starts = pattern.anchor === "start" ? [0] : words.map((_, index) => index);
	for (const from of starts) {
		const end = matchFrom(pattern.slots, 0, words, from);
		if (end !== null && end > from && (pattern.anchor !== "end" || end === words.length)) return [from, end - 1];
	}
	return null;
}

function matchFrom(slots: readonly Slot[], slotIndex: number, words: readonly QuestionWord[], at: number): number | null {
	const slot = slots[slotIndex];
	if (slot === undefined) return at;
	if (slot.kind === "gap") {
		for (let skip = 0; skip <= GAP_WORDS && at + skip <= words.length; skip++) {
			const end = matchFrom(slots, slotIndex + 1, words, at + skip);
			if (end !== null) return end;
		}
		return null;
	}
	const word = words[at];
	if (word !== undefined && slot.options.some((option) => fits(word.norm, option))) {
		const end = matchFrom(slots, slotIndex + 1, words, at + 1);
		if (end !== null) return end;
	}
	return slot.optional ? matchFrom(slots, slotIndex + 1, words, at) : null;
}

function fits(word: string, option: string): boolean {
	if (option.length > 1 && option.endsWith("*")) return word.startsWith(option.slice(0, -1));
	if (option.length > 1 && option.startsWith("*")) return word.endsWith(option.slice(1)) && word.length > option.length + 1;
	return isNearWord(word, option);
}
