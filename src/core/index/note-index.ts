import type { AnyKind } from "../schema/kinds";
import type { NoteRecord } from "../schema/note-record";
import type { IntervisieNote } from "../schema/notes";
import type { Problem } from "../schema/problem";
import { readNote } from "../schema/read-note";
import type { ReadContext } from "../schema/read-note";

export interface IndexedNote {
	record: NoteRecord;
	note: IntervisieNote | null;
	problems: Problem[];
}

type NoteOfKind<K extends AnyKind> = Extract<IntervisieNote, { kind: K }>;

/** Our notes by path, read from plain records; updated one record at a time. */
export class NoteIndex {
	private readonly entries = new Map<string, IndexedNote>();

	constructor(private readonly context: ReadContext) {}

	upsert(record: NoteRecord): void {
		const { note, problems } = readNote(record, this.context);
		if (!note && problems.length === 0 && !record.yamlError?.ours) {
			this.entries.delete(record.path);
			return;
		}
		this.entries.set(record.path, { record, note, problems });
	}

	remove(path: string): void {
		this.entries.delete(path);
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
			if (entry.note?.kind === kind) out.push(entry.note as NoteOfKind<K>);
		}
		return out;
	}

	clear(): void {
		this.entries.clear();
	}

	get size(): number {
		return this.entries.size;
	}
}
