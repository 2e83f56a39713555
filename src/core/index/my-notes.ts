import type { LinkResolver } from "../schema/note-record";
import type { CaseNote, GoalNote, IntervisieNote, ReportNote, SessionNote, TrajectoryNote } from "../schema/notes";
import type { NoteIndex } from "./note-index";

export function sameName(a: string, b: string): boolean {
	return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
}

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

	/** The newest session dated today or earlier, not cancelled, that has no report of mine yet. */
	latestSessionWithoutMyReport(today: string): SessionNote | null {
		const reported = new Set(this.reports().map((r) => this.resolve(r.session, r.path)));
		return this.sessions().find((s) => s.date !== null && s.date <= today && s.status !== "cancelled" && !reported.has(s.path)) ?? null;
	}

	/** The next session from today on, not cancelled. */
	nextSession(today: string): SessionNote | null {
		const upcoming = this.sessions().filter((s) => s.date !== null && s.date >= today && s.status !== "cancelled");
		return upcoming[upcoming.length - 1] ?? null;
	}

	/** The case discussed in a session: named by the session, or a case that names the session. */
	caseOf(session: SessionNote): CaseNote | null {
		for (const link of session.cases) {
			const note = this.index.note(this.resolve(link, session.path));
			if (note?.kind === "case") return note;
		}
		return this.index.ofKind("case").find((c) => this.resolve(c.session, c.path) === session.path) ?? null;
	}

	cases(): CaseNote[] {
		return this.index.ofKind("case").sort(byDateDesc);
	}
}
