import { SCHEMA_VERSION } from "./kinds";
import type { FrontmatterChange } from "./frontmatter-change";
import { noteHead, type NewNoteContext } from "./new-note-context";
import { namesKind } from "./note-properties";
import { P } from "./property-names";

export type ConvertibleKind = "goal" | "case" | "report";


/** The properties a note gets when it is turned into one of ours; only those it does not have yet are added. */
export function turnIntoProperties(kind: ConvertibleKind, context: NewNoteContext): Record<string, unknown> {
	const common = noteHead(kind, context);
	switch (kind) {
		case "goal":
			return { ...common, [P.status]: "active", [P.created]: context.today, [P.schema]: SCHEMA_VERSION };
		case "case":
			return { ...common, [P.status]: "draft", [P.date]: context.today, [P.schema]: SCHEMA_VERSION };
		case "report":
			return { ...common, [P.date]: context.today, [P.schema]: SCHEMA_VERSION };
	}
}

/**
 * Adds the properties a note does not have yet (missing or empty), keeping every one it has; a note that is
 * already one of ours is left alone. Tells which it was.
 */
export function addMissingProperties(additions: Readonly<Record<string, unknown>>): FrontmatterChange<"added" | "already-ours"> {
	return (frontmatter) => {
		if (namesKind(frontmatter)) return "already-ours";
		for (const [key, value] of Object.entries(additions)) {
			if (frontmatter[key] === undefined || frontmatter[key] === null || frontmatter[key] === "") frontmatter[key] = value;
		}
		return "added";
	};
}
