import { MarkdownView, Notice } from "obsidian";
import { P } from "../../core/schema/property-names";
import { SCHEMA_VERSION } from "../../core/schema/kinds";
import { editFrontmatter } from "../frontmatter-editor";
import type { Services } from "../services";
import { ui } from "../ui-language";

export type ConvertibleKind = "goal" | "case" | "report";

/** The properties a converted note gets; only those it does not have yet are added. */
export function propertiesFor(kind: ConvertibleKind, services: Services): Record<string, unknown> {
	const context = services.creation(kind);
	const common = { [P.kind]: kind, [P.id]: context.id, [P.author]: context.author };
	switch (kind) {
		case "goal":
			return { ...common, [P.status]: "active", [P.created]: context.today, [P.schema]: SCHEMA_VERSION };
		case "case":
			return { ...common, [P.status]: "draft", [P.date]: context.today, [P.schema]: SCHEMA_VERSION };
		case "report":
			return { ...common, [P.date]: context.today, [P.schema]: SCHEMA_VERSION };
	}
}

/** Adds our properties to the open note. Its body and every property it already has stay as they are. */
export async function turnActiveNoteInto(kind: ConvertibleKind, services: Services): Promise<void> {
	const file = services.app.workspace.getActiveViewOfType(MarkdownView)?.file ?? services.app.workspace.getActiveFile();
	if (!file || file.extension !== "md") {
		new Notice(ui().notices.noActiveNote);
		return;
	}
	const existing = services.app.metadataCache.getFileCache(file)?.frontmatter;
	if (existing && existing[P.kind] !== undefined && existing[P.kind] !== null) {
		new Notice(ui().turnInto.already(file.basename));
		return;
	}
	const additions = propertiesFor(kind, services);
	let alreadyOurs = false;
	const done = await editFrontmatter(services.app, file, (fm) => {
		if (fm[P.kind] !== undefined && fm[P.kind] !== null) {
			alreadyOurs = true;
			return;
		}
		for (const [key, value] of Object.entries(additions)) {
			if (fm[key] === undefined || fm[key] === null || fm[key] === "") fm[key] = value;
		}
	});
	if (alreadyOurs) new Notice(ui().turnInto.already(file.basename));
	else if (done) new Notice(ui().turnInto.done(file.basename, ui().turnInto.kinds[kind]));
}
