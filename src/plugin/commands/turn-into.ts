import { MarkdownView, Notice } from "obsidian";
import { namesKind } from "../../core/schema/note-properties";
import { addMissingProperties, turnIntoProperties } from "../../core/schema/turn-into-properties";
import type { ConvertibleKind } from "../../core/schema/turn-into-properties";
import { editFrontmatter } from "../frontmatter-editor";
import type { Services } from "../services";
import { ui } from "../ui-language";

/** Adds our properties to the open note. Its body and every property it already has stay as they are. */
export async function turnActiveNoteInto(kind: ConvertibleKind, services: Services): Promise<void> {
	const file = services.app.workspace.getActiveViewOfType(MarkdownView)?.file ?? services.app.workspace.getActiveFile();
	if (!file || file.extension !== "md") {
		new Notice(ui().notices.noActiveNote);
		return;
	}
	if (namesKind(services.app.metadataCache.getFileCache(file)?.frontmatter)) {
		new Notice(ui().turnInto.already(file.basename));
		return;
	}
	const addMissing = addMissingProperties(turnIntoProperties(kind, services.creation(kind)));
	let alreadyOurs = false;
	const done = await editFrontmatter(services.app, file, (frontmatter) => {
		alreadyOurs = addMissing(frontmatter) === "already-ours";
	});
	if (alreadyOurs) new Notice(ui().turnInto.already(file.basename));
	else if (done) new Notice(ui().turnInto.done(file.basename, ui().turnInto.kinds[kind]));
}
