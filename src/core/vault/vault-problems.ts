import { linkProblems } from "../check/link-problems";
import { malformedYamlProblem } from "../check/malformed-yaml";
import type { LinkResolver, NoteRecord } from "../schema/note-record";
import type { IntervisieNote } from "../schema/notes";
import type { Problem } from "../schema/problem";
import { conflictCopies } from "./conflict-copies";
import { duplicateTitles } from "./duplicate-titles";

/** A note as read: its record, what it is (null when it is not one of ours), and what reading it found. */
export interface ReadEntry {
	record: NoteRecord;
	note: IntervisieNote | null;
	problems: readonly Problem[];
}

/**
 * Everything that needs fixing in our notes, the one list `intervisie check` and the dashboard both show:
 * what reading found, unreadable properties of our notes, broken links, notes of one name, conflict copies.
 */
export function vaultProblems(
	entries: Iterable<ReadEntry>,
	resolver: LinkResolver,
	/** The broken links of a note; a caller that keeps them between changes passes its own. */
	brokenLinks: (note: IntervisieNote) => readonly Problem[] = (note) => linkProblems(note, resolver),
): { problems: Problem[]; notes: IntervisieNote[] } {
	const problems: Problem[] = [];
	const notes: IntervisieNote[] = [];
	for (const { record, note, problems: found } of entries) {
		if (record.yamlError) {
			if (record.yamlError.ours) problems.push(malformedYamlProblem(record.path, record.yamlError.reason));
			continue;
		}
		problems.push(...found);
		if (!note) continue;
		notes.push(note);
		problems.push(...brokenLinks(note));
	}
	problems.push(...duplicateTitles(notes), ...conflictCopies(notes));
	return { problems, notes };
}
