import type { DashboardFacts } from "./dashboard-facts";
import type { SessionRow } from "./dashboard-model";
import type { QuestionShare } from "../questions/question-share";
import type { DashboardScope } from "./dashboard-scope";
import { expectsMyReport } from "../sessions/session-rules";
import { caseOf, myReportFor, myRole } from "./session-facts";
import { sameName } from "../index/my-notes";
import { questionShare } from "../questions/question-share";
import type { SessionNote } from "../schema/notes";

export function sessionRows(facts: DashboardFacts, scope: DashboardScope, me: string, today: string, resolve: (link: string, from: string) => string | null): SessionRow[] {
	return scope.sessions.map((session) => {
		const report = myReportFor(facts, session);
		return {
			path: session.path,
			number: session.number,
			date: session.date,
			status: session.status,
			caseBringers: [...session.caseBringers],
			method: session.method,
			theme: session.theme,
			myRole: myRole(session, me),
			casePath: caseOf(facts, session, resolve)?.path ?? null,
			myReportPath: report?.path ?? null,
			reportMissing: report === null && expectsMyReport(session, me, today),
			isNext: session === scope.next,
			questions: myQuestionRound(session, me),
		};
	});
}

/** The tally is the note-taker's count of the round: shown to them, as a mirror of what they wrote down. */
function myQuestionRound(session: SessionNote, me: string): QuestionShare | null {
	if (session.questions === null || session.noteTaker === null || !sameName(session.noteTaker, me)) return null;
	return questionShare(session.questions);
}
