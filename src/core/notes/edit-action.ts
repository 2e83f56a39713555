import { findPropertiesBlock } from "../markdown/properties-block";
import { taskMarkAt, taskOf } from "../markdown/task-line";
import type { Action } from "./actions";
import { splitDue, withDue } from "./actions";

/** Tick an action off on a day, or give it a new due date. */
export type ActionEdit = { done: string } | { due: string };

/**
 * The note's text with the first open task that reads as `action` changed, every other byte kept; null when no
 * such task is left (it was done, changed or removed meanwhile). A done task gets `[x]` and `✅ YYYY-MM-DD` at
 * its end, as the Tasks plugin writes it.
 */
export function editAction(text: string, action: Action, edit: ActionEdit): string | null {
	const block = findPropertiesBlock(text);
	for (let start = block ? block.bodyStart : 0; start < text.length || start === 0; ) {
		const newline = text.indexOf("\n", start);
		const end = newline === -1 ? text.length : newline;
		const contentEnd = end > start && text[end - 1] === "\r" ? end - 1 : end;
		const line = text.slice(start, contentEnd);
		const changed = isTheAction(line, action) ? editedLine(line, edit) : null;
		if (changed !== null) return text.slice(0, start) + changed + text.slice(contentEnd);
		if (newline === -1) break;
		start = newline + 1;
	}
	return null;
}

function isTheAction(line: string, action: Action): boolean {
	const task = taskOf(line);
	if (task?.state !== "open") return false;
	const read = splitDue(task.text);
	return read.text === action.text && read.due === action.due;
}

function editedLine(line: string, edit: ActionEdit): string | null {
	if ("due" in edit) return withDue(line, edit.due);
	const mark = taskMarkAt(line);
	if (mark === null) return null;
	return `${line.slice(0, mark)}x${line.slice(mark + 1).trimEnd()} ✅ ${edit.done}`;
}
