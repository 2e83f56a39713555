import type { CreationContext, NoteDraft } from "../../../src/core/notes/note-draft";
import { newNoteId } from "../../../src/core/notes/note-id";
import type { NoteKind } from "../../../src/core/schema/kinds";
import { composeNote } from "../../../src/core/templates/compose-note";
import { NOTE_TEXTS } from "../../../src/core/templates/note-texts";
import type { Namer, NotePlace } from "./names";
import type { Random } from "./random";
import type { VaultNote } from "./vault-note";

/** Makes our notes with the plugin's own builders and writes their text as the plugin's writer does. */
export class NoteMaker {
	readonly texts = NOTE_TEXTS.en;

	constructor(
		private readonly namer: Namer,
		private readonly random: Random,
	) {}

	/** A name for a note that others must link to before it is written. */
	reserve(kind: NoteKind, baseName: string): NotePlace {
		return this.namer.take(this.texts.folders[kind], baseName);
	}

	note(author: string, kind: NoteKind, baseName: string, createdDay: string, build: (place: NotePlace, context: CreationContext) => NoteDraft): { note: VaultNote; link: string } {
		const place = this.reserve(kind, baseName);
		return { note: this.at(place, author, kind, createdDay, (context) => build(place, context)), link: place.link };
	}

	at(place: NotePlace, author: string, kind: NoteKind, createdDay: string, build: (context: CreationContext) => NoteDraft): VaultNote {
		const context: CreationContext = { id: newNoteId(kind, createdDay, this.random), author, today: createdDay };
		return { path: place.path, text: composeNote(build(context), null), kind, author };
	}
}
