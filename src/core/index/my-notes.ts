import { sameName } from "./same-name";
import type { LinkResolver } from "../schema/note-record";
import type { CaseNote, GoalNote, IntervisieNote, ReportNote, SessionNote, TrajectoryNote } from "../schema/notes";
import type { NoteIndex } from "./note-index";
import { caseOfSession, mayReportOn, nextSession } from "../sessions/session-rules";

export { sameName };

export function isMine(note: IntervisieNote, me: string): boolean {
	return sameName(note.author, me);
}

const byDateDesc = (a: { date: string | null }, b: { date: string | null }): number => (b.date ?? "").localeCompare(a.date ?? "");

/** Questions the modals ask of the index, for the person `me`. */
export class MyNotes {
	constructor(
		private readonly index: NoteIndex,
		private readonly resolver: LinkResolver,
		private readonly me: string,
	) {}

	resolve(link: string | null, from: string): string | null {
		return link ? this.resolver.resolve(link, from) : null;
	}

	goals(): GoalNote[] {
		return this.index
			.ofKind("goal")
			.filter((g) => isMine(g, this.me))
			.sort((a, b) => a.title.localeCompare(b.title));
	}

	activeGoals(): GoalNote[] {
		return this.goals().filter((g) => g.status === "active");
	}

	trajectories(): TrajectoryNote[] {
		return this.index.ofKind("trajectory").sort((a, b) => (b.start ?? "").localeCompare(a.start ?? ""));
	}

	reports(): ReportNote[] {
		return this.index
			.ofKind("report")
			.filter((r) => isMine(r, this.me))
			.sort(byDateDesc);
	}

	lastReport(): ReportNote | null {
		return this.reports()[0] ?? null;
	}

	sessions(): SessionNote[] {
		return this.index.ofKind("session").sort(byDateDesc);
	}

	/** The newest session a report can be written for (see `mayReportOn`) that has no report of mine yet. */
	latestSessionWithoutMyReport(today: string): SessionNote | null {
		const reported = this.reportedSessions();
		return this.sessions().find((s) => mayReportOn(s, today) && !reported.has(s.path)) ?? null;
	}

	/** The next session, by the one rule (`nextSession`): once my report of today's session is written, it is past. */
	nextSession(today: string): SessionNote | null {
		const reported = this.reportedSessions();
		return nextSession(this.sessions(), today, (s) => reported.has(s.path));
	}

	/** The case discussed in a session, by the one rule (`caseOfSession`). */
	caseOf(session: SessionNote): CaseNote | null {
		const caseAt = (link: string): CaseNote | null => {
			const note = this.index.note(this.resolve(link, session.path));
			return note?.kind === "case" ? note : null;
		};
		return caseOfSession(session, caseAt, this.index.ofKind("case").filter((c) => this.resolve(c.session, c.path) === session.path));
	}

	private reportedSessions(): Set<string | null> {
		return new Set(this.reports().map((r) => this.resolve(r.session, r.path)));
	}

	cases(): CaseNote[] {
		return this.index.ofKind("case").sort(byDateDesc);
	}
}
