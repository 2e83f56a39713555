import type { App } from "obsidian";
import { TFile } from "obsidian";
import { unmetCriteria } from "../core/coaching/goal-coach";
import { goalStatementFromBody } from "../core/coaching/goal-statement";
import { openActions } from "../core/notes/actions";
import type { GoalNote, ReportNote } from "../core/schema/notes";

interface BodyFacts {
	mtime: number;
	actions: { text: string; due: string | null }[];
	hints: number;
}

/**
 * What the dashboard needs from a few note bodies — open actions of my reports, coaching hints of my goals —
 * read lazily, once per version of each note, never on the start-up path.
 */
export class NoteBodies {
	private readonly facts = new Map<string, BodyFacts>();
	private readonly reading = new Set<string>();

	constructor(
		private readonly app: App,
		private readonly changed: () => void,
	) {}

	/**
	 * Reads the notes whose text changed since last time; calls `changed` when something new was learned.
	 * The promise settles when those reads are done.
	 */
	track(notes: readonly (GoalNote | ReportNote)[]): Promise<void> {
		const wanted = new Set(notes.map((n) => n.path));
		for (const path of [...this.facts.keys()]) if (!wanted.has(path)) this.facts.delete(path);
		const reads: Promise<void>[] = [];
		for (const note of notes) {
			const file = this.app.vault.getAbstractFileByPath(note.path);
			if (!(file instanceof TFile) || this.reading.has(note.path) || this.facts.get(note.path)?.mtime === file.stat.mtime) continue;
			reads.push(this.read(file, note));
		}
		return Promise.all(reads).then(() => undefined);
	}

	openActions(): { path: string; text: string; due: string | null }[] {
		return [...this.facts.entries()].flatMap(([path, f]) => f.actions.map((a) => ({ path, ...a })));
	}

	hintCount(path: string): number {
		return this.facts.get(path)?.hints ?? 0;
	}

	private async read(file: TFile, note: GoalNote | ReportNote): Promise<void> {
		this.reading.add(file.path);
		try {
			const mtime = file.stat.mtime;
			const text = await this.app.vault.cachedRead(file);
			const facts: BodyFacts = note.kind === "report" ? { mtime, actions: openActions(text), hints: 0 } : { mtime, actions: [], hints: hintCount(text, note) };
			const before = this.facts.get(file.path);
			this.facts.set(file.path, facts);
			// A new version of a note whose actions and hints stayed the same changes nothing on screen.
			if (!before || !sameFacts(before, facts)) this.changed();
		} catch {
			// A note that vanished while being read simply has no facts.
		} finally {
			this.reading.delete(file.path);
		}
	}
}

function sameFacts(a: BodyFacts, b: BodyFacts): boolean {
	return a.hints === b.hints && a.actions.length === b.actions.length && a.actions.every((x, i) => x.text === b.actions[i]?.text && x.due === b.actions[i]?.due);
}

/** Like `intervisie check`: a goal with no statement yet gets no hints, not all six. */
function hintCount(text: string, goal: GoalNote): number {
	const statement = goalStatementFromBody(text);
	return statement.trim() === "" ? 0 : unmetCriteria({ statement, deadline: goal.deadline }, "en").length;
}
