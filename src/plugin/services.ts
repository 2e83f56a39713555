import type { App } from "obsidian";
import type { Clock } from "../core/dates/local-day";
import type { MyNotes } from "../core/index/my-notes";
import type { MethodCatalogue } from "../core/methods/method-catalogue";
import type { NoteIndex } from "../core/index/note-index";
import type { NoteKind } from "../core/schema/kinds";
import type { LinkResolver, NoteRecord } from "../core/schema/note-record";
import type { IntervisieSettings } from "../core/settings/settings";
import type { NoteTexts } from "../core/templates/note-texts";
import type { CreationContext } from "../core/notes/note-draft";
import type { DraftStore } from "./draft-store";
import type { NoteWriter } from "./note-writer";

/** What commands and modals need from the plugin, so none of them holds the plugin itself. */
export interface Services {
	app: App;
	settings(): IntervisieSettings;
	saveSettings(): Promise<void>;
	drafts: DraftStore;
	writer: NoteWriter;
	resolver: LinkResolver;
	clock: Clock;
	/** The index, loaded on first use if layout-ready has not come yet. */
	index(): NoteIndex;
	myNotes(): MyNotes;
	/** Shared copies in group folders, by path: never part of my own index. */
	groupRecords(): ReadonlyMap<string, NoteRecord>;
	/** Built-in methods and the group's own method notes. */
	methods(): MethodCatalogue;
	/** Headings and prompts in the notes' language. */
	noteTexts(): NoteTexts;
	today(): string;
	creation(kind: NoteKind): CreationContext;
	/** How a note is linked from a new note: its name, or its path where the name is not unique. */
	linktext(path: string): string;
}
