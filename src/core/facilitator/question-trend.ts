import type { QuestionTrend } from "./facilitator-model";
import type { MergedSession } from "./group-sessions";
import { questionShare } from "../questions/question-share";
import { refOf } from "./session-ref";

/**
 * The question round of every held session, oldest first, from the first note of the session that keeps a
 * tally: the facilitator's own, else a member's shared copy in member order. Held sessions without a tally
 * are only counted: before the question coach, or when nobody ran the round in facilitation mode, there is
 * nothing to show.
 */
export function questionTrend(sessions: readonly MergedSession[]): QuestionTrend {
	const trend: QuestionTrend = { sessions: [], untallied: 0 };
	for (const session of sessions) {
		if (session.state !== "held") continue;
		const copy = session.copies.find(({ note }) => note.questions !== null);
		if (!copy?.note.questions) {
			trend.untallied++;
			continue;
		}
		trend.sessions.push({
			...refOf(session.note),
			title: session.note.title,
			tallyPath: copy.note.path,
			sharedBy: copy.sharedBy,
			questions: questionShare(copy.note.questions),
		});
	}
	return trend;
}
