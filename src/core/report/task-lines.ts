import { tasksOf } from "../markdown/task-line";
import { splitDue } from "../notes/actions";

export interface TaskLine {
	text: string;
	due: string | null;
	done: boolean;
}

/**
 * Every task of a note body, open and done, with its due date; cancelled tasks (`- [-]`) are left out.
 */
export function taskLines(body: string): TaskLine[] {
	const out: TaskLine[] = [];
	for (const task of tasksOf(body)) {
		if (task.state === "cancelled") continue;
		const { text, due } = splitDue(task.text);
		if (text) out.push({ text, due, done: task.state === "done" });
	}
	return out;
}
