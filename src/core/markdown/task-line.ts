/** A Markdown task as the Tasks plugin reads it: its state, and the text after its box. */
export interface MarkdownTask {
	state: "open" | "done" | "cancelled";
	text: string;
}

/**
 * The text after the box starts at its first non-space, so the regex never hands white space back and forth
 * between `\s+` and `.*` (quadratic when a line break such as U+2028 follows a long run of spaces). A task may
 * stand in a quote or callout.
 */
const TASK = /^(\s*(?:>\s*)*[-*+] \[)(.)\]\s+(\S.*)?$/;

/**
 * The task on a line, or null: `- [ ]` is open, `- [x]` done, `- [-]` cancelled; other marks (`/` in progress,
 * `>` moved) count as open, as the Tasks plugin reads them. A task without text is none.
 */
export function taskOf(line: string): MarkdownTask | null {
	const match = TASK.exec(line);
	const mark = match?.[2];
	const text = match?.[3];
	if (mark === undefined || !text) return null;
	return { state: mark === "-" ? "cancelled" : mark === "x" || mark === "X" ? "done" : "open", text };
}

/** Where the mark of the task on a line stands (the character between `[` and `]`), or null for no task. */
export function taskMarkAt(line: string): number | null {
	const match = TASK.exec(line);
	return match?.[1] !== undefined && match[3] ? match[1].length : null;
}

/** Every task of a note body, in order. */
export function tasksOf(body: string): MarkdownTask[] {
	const tasks: MarkdownTask[] = [];
	for (const line of body.split(/\r?\n/)) {
		const task = taskOf(line);
		if (task) tasks.push(task);
	}
	return tasks;
}

/** `[ ]`, `[x]` or `[X]` and the white space after it, at the start of a list item's text. */
const TASK_BOX = /^\[[ xX]\][ \t]*/;

/** A list item's text (what follows its `-` or `1.`) without an open or done task box. */
export function withoutTaskBox(itemText: string): string {
	return itemText.replace(TASK_BOX, "");
}

/** A bullet or numbered item with a box of any mark, with or without text after it. */
const TASK_SHAPED = /^\s*(?:[-*+]|\d+[.)])\s+\[.\](?:\s|$)/;

/**
 * Whether a line (outside any quote) has the shape of a task, text or not, bulleted or numbered: what a reader
 * that lists actions on their own leaves out of running text. `taskOf` reads the task itself.
 */
export function isTaskShaped(line: string): boolean {
	return TASK_SHAPED.test(line);
}
