import type { AnyKind } from "../schema/kinds";
import type { NoteRecord } from "../schema/note-record";
import type { IntervisieNote, ReadResult } from "../schema/notes";
import type { Problem } from "../schema/problem";
import { claimedKind, readNote } from "../schema/read-note";
import type { ReadContext } from "../schema/read-note";

export interface IndexedNote {
	record: NoteRecord;
	note: IntervisieNote | null;
	problems: Problem[];
}

type NoteOfKind<K extends AnyKind> = Extract<IntervisieNote, { kind: K }>;

/**
 * One of our notes in the index. Recognising it costs one property lookup; reading its properties into a
 * typed note happens on first use and is kept until the note changes. So start-up only sorts the vault's
 * notes, and the first view that needs them pays for reading the ones it shows.
 */
class IndexEntry implements IndexedNote {
	private read: ReadResult | null = null;

	constructor(
		readonly record: NoteRecord,
		/** The kind the note claims, lower-cased; checked when it is read. */
		readonly claimed: string | null,
		private readonly context: ReadContext,
	) {}

	get note(): IntervisieNote | null {
		return this.result().note;
	}

	get problems(): Problem[] {
		return this.result().problems;
	}

	private result(): ReadResult {
		this.read ??= readNote(this.record, this.context);
		return this.read;
	}
}

/** Our notes by path, from plain records; updated one record at a time. */
export class NoteIndex {
	private readonly entries = new Map<string, IndexEntry>();
	private changes = 0;

	constructor(private readonly context: ReadContext) {}

	/** Moves whenever a note of ours comes, changes or goes: what is worked out from the index stays valid while it stands still. */
	get revision(): number {
		return this.changes;
	}

	upsert(record: NoteRecord): void {
		const kind = claimedKind(record);
		if (kind === null && !record.yamlError?.ours) {
			if (this.entries.delete(record.path)) this.changes++;
			return;
		}
		this.entries.set(record.path, new IndexEntry(record, typeof kind === "string" ? kind.trim().toLowerCase() : null, this.context));
		this.changes++;
	}

	remove(path: string): void {
		if (this.entries.delete(path)) this.changes++;
	}

	get(path: string): IndexedNote | undefined {
		return this.entries.get(path);
	}

	note(path: string | null | undefined): IntervisieNote | null {
		return path ? (this.entries.get(path)?.note ?? null) : null;
	}

	all(): IterableIterator<IndexedNote> {
		return this.entries.values();
	}

	ofKind<K extends AnyKind>(kind: K): NoteOfKind<K>[] {
		const out: NoteOfKind<K>[] = [];
		for (const entry of this.entries.values()) {
			if (entry.claimed !== kind) continue;
			const note = entry.note;
			if (note?.kind === kind) out.push(note as NoteOfKind<K>);
		}
		return out;
	}

	clear(): void {
		this.entries.clear();
		this.changes++;
	}

	get size(): number {
		return this.entries.size;
	}
}
