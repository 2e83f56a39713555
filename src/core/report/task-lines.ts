import { splitDue } from "../notes/actions";

export interface TaskLine {
	text: string;
	due: string | null;
	done: boolean;
}

/**
 * The text after the box starts at its first non-space, so the regex never hands white space back and forth
 * between `\s+` and `.*` (quadratic when a line break such as U+2028 follows a long run of spaces).
 */
const TASK = /^\s*(?:>\s*)*[-*+] \[(.)\]\s+(\S.*)?$/;

/**
 * Every task of a note body, open (`- [ ]`) and done (`- [x]`), with its due date. Cancelled tasks
 * (`- [-]`) are left out; other marks (`/` in progress, `>` moved) count as open, as the Tasks plugin reads them.
 */
export function taskLines(body: string): TaskLine[] {
	const out: TaskLine[] = [];
	for (const line of body.split(/\r?\n/)) {
		const match = TASK.exec(line);
		const mark = match?.[1];
		if (!match?.[2] || mark === undefined || mark === "-") continue;
		const { text, due } = splitDue(match[2]);
		if (text) out.push({ text, due, done: mark === "x" || mark === "X" });
	}
	return out;
}
