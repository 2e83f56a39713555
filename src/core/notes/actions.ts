import { tasksOf } from "../markdown/task-line";

/** A next action: a Markdown task that the Tasks plugin and Dataview both read (`📅 YYYY-MM-DD` is the due date). */
export interface Action {
	text: string;
	due: string | null;
}

// Without a leading `\s*`: from every space of a long run it would read to the end of the run. The white space
// before the date is taken afterwards, read backwards.
const DUE_EMOJI = /(?:📅|📆|🗓️?)\s*(\d{4}-\d{2}-\d{2})/u;
const DUE_FIELD = /\[due::\s*(\d{4}-\d{2}-\d{2})\s*\]/i;
const WHITE_SPACE = /\s/;

export function formatAction(action: Action): string {
	const text = action.text.replace(/\s+/g, " ").trim();
	return action.due ? `- [ ] ${text} 📅 ${action.due}` : `- [ ] ${text}`;
}

/** The open tasks of a note body (neither done nor cancelled, as the report reads them), with their due dates. */
export function openActions(body: string): Action[] {
	const actions: Action[] = [];
	for (const task of tasksOf(body)) {
		if (task.state !== "open") continue;
		const action = splitDue(task.text);
		if (action.text) actions.push(action);
	}
	return actions;
}

/** A task line with each due date it names set to `due`, or the date added at its end when it names none. */
export function withDue(line: string, due: string): string {
	let out = line;
	let found = false;
	for (const pattern of [DUE_EMOJI, DUE_FIELD]) {
		const match = pattern.exec(out);
		if (!match?.[1]) continue;
		found = true;
		const at = match.index + match[0].lastIndexOf(match[1]);
		out = out.slice(0, at) + due + out.slice(at + match[1].length);
	}
	return found ? out : `${out.trimEnd()} 📅 ${due}`;
}

/** A task's text without its due date (`📅 2026-02-02`, `📆`, `🗓️` or `[due:: 2026-02-02]`), and that date. */
export function splitDue(taskText: string): Action {
	let text = taskText;
	let due: string | null = null;
	for (const pattern of [DUE_EMOJI, DUE_FIELD]) {
		const found = pattern.exec(text);
		if (found?.[1]) {
			due = found[1];
			let start = found.index;
			while (start > 0 && WHITE_SPACE.test(text.charAt(start - 1))) start--;
			text = text.slice(0, start) + text.slice(found.index + found[0].length);
		}
	}
	return { text: text.trim(), due };
}
