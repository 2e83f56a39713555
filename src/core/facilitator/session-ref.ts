import type { SessionNote } from "../schema/notes";
import type { SessionRef } from "./facilitator-model";

export function refOf(note: SessionNote): SessionRef {
	return { path: note.path, number: note.number, date: note.date };
}
