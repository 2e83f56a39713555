import type { NoteIndex } from "../index/note-index";
import { sameName } from "../index/my-notes";
import type { TrajectoryNote } from "../schema/notes";

type Resolve = (link: string | null, from: string) => string | null;

/**
 * The trajectory a note belongs to: its own `trajectory` link, or that of the session it is about. Null when
 * the note does not say; then the caller offers the trajectories `me` takes part in.
 */
export function trajectoryOfNote(path: string, index: NoteIndex, resolve: Resolve): TrajectoryNote | null {
	const trajectoryAt = (target: string | null): TrajectoryNote | null => {
		const note = index.note(target);
		return note?.kind === "trajectory" ? note : null;
	};
	const note = index.note(path);
	if (!note) return null;
	if (note.kind === "trajectory") return note;
	if ("trajectory" in note && note.trajectory) return trajectoryAt(resolve(note.trajectory, path));
	if ("session" in note && note.session) {
		const sessionPath = resolve(note.session, path);
		const session = index.note(sessionPath);
		if (session?.kind === "session" && session.trajectory && sessionPath) return trajectoryAt(resolve(session.trajectory, sessionPath));
	}
	return null;
}

/** The trajectories `me` is a member of (or facilitates), newest first. */
export function myTrajectories(index: NoteIndex, me: string): TrajectoryNote[] {
	return index
		.ofKind("trajectory")
		.filter((t) => t.members.some((m) => sameName(m, me)) || (t.facilitator !== null && sameName(t.facilitator, me)))
		.sort((a, b) => (b.start ?? "").localeCompare(a.start ?? ""));
}
