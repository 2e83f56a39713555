import type { QuestionKind, ReasonId } from "./question-kind";
import type { QuestionWord } from "./question-words";
import { matchPattern, wordPattern, type WordPattern } from "./word-pattern";

/** One rule: when its words are found, the question gets this kind for this reason. */
export interface QuestionRule {
	kind: QuestionKind;
	reason: ReasonId;
	/** The words that decided it, as `[first, last]` indexes, or null when the rule does not apply. */
	find: (words: readonly QuestionWord[], text: string) => [number, number] | null;
}

/** Rules from word patterns (see `word-pattern.ts`), all with one kind and reason. */
export function patternRules(kind: QuestionKind, reason: ReasonId, sources: readonly string[], anchor: WordPattern["anchor"] = "start"): QuestionRule[] {
	return sources.map((source) => {
		const pattern = wordPattern(source, anchor);
		return { kind, reason, find: (words) => matchPattern(pattern, words) };
	});
}
