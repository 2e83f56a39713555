import { atxHeading, type AtxHeading } from "../markdown/atx-heading";
import { withoutTaskBox } from "../markdown/task-line";

/** A step as written in a list item of a method note, with the nested items under it. */
export interface BodyStep {
	text: string;
	prompts: string[];
}

const LIST_ITEM = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])(?:[ \t]+(.*))?$/;
const FENCE = /^ {0,3}(```|~~~)/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const STEPS_HEADING = /^(steps|stappen)\s*:?$/i;

/**
 * The steps of a method written as a markdown list: the list under a heading "Steps" or "Stappen", or else
 * the first list in the note. Items nested under a step, at any depth, are its reminders.
 */
export function bodySteps(body: string): BodyStep[] {
	const lines = withoutCode(body.split(/\r?\n/));
	const heading = lines.findIndex((line) => STEPS_HEADING.test(headingOf(line)?.text.trim() ?? ""));
	const underHeading = heading >= 0 ? firstList(lines, heading + 1) : [];
	return underHeading.length > 0 ? underHeading : firstList(lines, 0);
}

/** Lines inside fenced code blocks become null, so nothing in them is read as a list. */
function withoutCode(lines: readonly string[]): (string | null)[] {
	let fence: string | null = null;
	return lines.map((line) => {
		const marker = FENCE.exec(line)?.[1];
		if (marker && (fence === null || fence === marker)) {
			fence = fence === null ? marker : null;
			return null;
		}
		return fence === null ? line : null;
	});
}

function firstList(lines: readonly (string | null)[], from: number): BodyStep[] {
	const steps: BodyStep[] = [];
	let baseIndent = -1;
	for (let i = from; i < lines.length; i++) {
		const line = lines[i];
		if (line === null || line === undefined) {
			if (baseIndent >= 0) break;
			continue;
		}
		if (headingOf(line)) {
			if (baseIndent >= 0) break;
			continue;
		}
		const item = RULE.test(line) ? null : LIST_ITEM.exec(line);
		if (!item) {
			// Blank lines and indented continuation lines stay inside the list; anything else ends it.
			if (baseIndent >= 0 && line.trim() !== "" && !/^[ \t]/.test(line)) break;
			continue;
		}
		const indent = width(item[1] ?? "");
		const text = itemText(item[2] ?? "");
		if (baseIndent < 0) baseIndent = indent;
		const current = steps[steps.length - 1];
		if (indent > baseIndent && current) {
			if (text !== "") current.prompts.push(text);
		} else {
			steps.push({ text, prompts: [] });
		}
	}
	return steps;
}

/** `## Steps`, `## Steps ##`, `#`: up to three spaces before the hashes, as CommonMark has it. */
function headingOf(line: string | null): AtxHeading | null {
	return line === null ? null : atxHeading(line, { indent: 3, bare: true, closing: "spaced" });
}

function width(indent: string): number {
	return indent.replace(/\t/g, "    ").length;
}

/** The item's text without a task box and without bold markers. */
function itemText(raw: string): string {
	return withoutTaskBox(raw)
		.replace(/\*\*|__/g, "")
		.trim();
}
