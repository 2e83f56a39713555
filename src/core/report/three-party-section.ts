import type { ReportStrings } from "../i18n/report-strings";
import { reportDay, reportNumber } from "../i18n/report-strings";
import type { ReportBlock } from "./report-blocks";
import { facts, heading, remark } from "./report-blocks";
import type { ReportConversation, TrajectoryReportInput } from "./report-input";
import { textBlocks } from "./text-blocks";

type Words = ReportStrings["intake"];

/** The intake with the participant, their manager and the facilitator: who, when, what was agreed, the starting ratings. */
export function intakeSection(input: TrajectoryReportInput, t: ReportStrings): ReportBlock[] {
	return conversation(t.sections.intake, input.intake, t.intake, t);
}

/** The final evaluation: who, when, what was said, and per goal the final rating and conclusion. */
export function evaluationSection(input: TrajectoryReportInput, t: ReportStrings): ReportBlock[] {
	return conversation(t.sections.evaluation, input.evaluation, t.evaluation, t);
}

function conversation(title: string, note: ReportConversation | null, words: Words, t: ReportStrings): ReportBlock[] {
	const out: ReportBlock[] = [heading(2, title)];
	if (note === null) return [...out, remark(words.none)];
	out.push(
		...facts([
			{ label: words.date, value: note.date === null ? null : reportDay(note.date, t) },
			{ label: words.manager, value: note.manager },
			{ label: words.facilitator, value: note.facilitator },
		]),
	);
	for (const part of note.parts) {
		const blocks = textBlocks(part.text);
		if (blocks.length) out.push(heading(3, part.heading), ...blocks);
	}
	for (const goal of note.goals) {
		out.push(heading(3, goal.title), ...facts([{ label: words.rating, value: goal.rating === null ? t.notRated : reportNumber(goal.rating, t) }]), ...textBlocks(goal.text));
	}
	return out;
}
