import { linkTarget } from "../links/link-resolver";
import type { EvaluationNote, IntakeNote } from "../schema/notes";
import { titleOf } from "../schema/read-note";
import { bodySections } from "./body-sections";
import type { ReportConversation, ReportGoalRating, ReportTextPart } from "./report-input";
import type { ReportScope } from "./report-scope";
import type { ShareableNotes } from "./shareable-notes";
import { plainText } from "./text-blocks";

/**
 * The intake or final evaluation, from its shareable version: who took part, the rating per goal with what the
 * note says under the goal's `### [[Goal]]` heading, and the other parts of the note (context, agreements,
 * the trajectory as a whole, next steps). A private goal is left out, with its rating and text.
 */
export function assembleConversation(note: IntakeNote | EvaluationNote | null, scope: ReportScope, notes: ShareableNotes): ReportConversation | null {
	if (note === null) return null;
	const shareable = notes.read(note.path);
	if (shareable === null) return null;
	const sections = bodySections(shareable.body);
	const goalOf = (heading: string): string | null => {
		const target = linkTarget(heading);
		return target === "" ? null : scope.resolve(target, note.path);
	};
	const goals: ReportGoalRating[] = [];
	note.goals.forEach((link, i) => {
		const path = scope.resolve(link, note.path);
		if (path !== null && notes.isPrivate(path)) return;
		const section = path === null ? undefined : sections.find((s) => goalOf(s.heading) === path);
		goals.push({ title: path === null ? titleOf(link) : titleOf(path), rating: note.ratings[i] ?? null, text: section?.content ?? "" });
	});
	// A top-level part that holds goals' headings is the goals part; every other one keeps its heading.
	const top = Math.min(...sections.map((s) => s.level));
	const parts: (ReportTextPart & { goals: boolean })[] = [];
	for (const section of sections) {
		const current = parts[parts.length - 1];
		if (section.level === top) parts.push({ heading: section.heading, text: section.content, goals: goalOf(section.heading) !== null });
		else if (current && goalOf(section.heading) !== null) current.goals = true;
	}
	const shown = parts.filter((part) => !part.goals && plainText(part.text) !== "").map(({ heading, text }) => ({ heading, text }));
	return { date: note.date, manager: note.manager, facilitator: note.facilitator, parts: shown, goals };
}
