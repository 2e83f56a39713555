import { findBodyLinks } from "../core/markdown/body-links";
import type { BodyLink } from "../core/markdown/body-links";
import { findFrontmatterBlock } from "../core/markdown/frontmatter-block";
import { frontmatterLinksOf } from "../core/markdown/frontmatter-links";
import type { FrontmatterLink } from "../core/markdown/frontmatter-links";
import { findHeadings } from "../core/markdown/headings";
import type { BodyHeading } from "../core/markdown/headings";
import { maskUnparsed } from "../core/markdown/mask";
import { createLocator, span } from "../core/markdown/positions";
import type { Pos } from "../core/markdown/positions";
import { findTags } from "../core/markdown/tags";
import type { BodyTag } from "../core/markdown/tags";
import { parseObsidianYaml, YamlSyntaxError } from "./obsidian-yaml";

export type { BodyHeading, BodyLink, BodyTag, FrontmatterLink, Pos };

/** What Obsidian's metadata cache would hold for a note, read from its text alone. */
export interface ExtractedMetadata {
	/** Null when there is no frontmatter block, when it is empty, or when it is malformed. */
	frontmatter: Record<string, unknown> | null;
	frontmatterPosition: Pos | null;
	frontmatterLinks: FrontmatterLink[];
	links: BodyLink[];
	embeds: BodyLink[];
	tags: BodyTag[];
	headings: BodyHeading[];
	/** The text starts with a frontmatter block that does not parse; `ours` when it has an `intervisie:` line. */
	yamlError: { reason: string; ours: boolean } | null;
	/** The text after the frontmatter block. */
	body: string;
}

/** A properties block that fails to parse is ours when a line of it starts with our key. */
export const OUR_KEY_LINE = /^intervisie[ \t]*:/m;

/** Reads the YAML of a frontmatter block: a mapping, null when it holds none, an Error thrown when malformed. */
export type YamlParser = (yaml: string) => Record<string, unknown> | null;

export function extractMetadata(text: string, parseYaml: YamlParser = parseObsidianYaml): ExtractedMetadata {
	const block = findFrontmatterBlock(text);
	const bodyStart = block?.bodyStart ?? 0;
	const locate = createLocator(text);

	let frontmatter: Record<string, unknown> | null = null;
	let yamlError: ExtractedMetadata["yamlError"] = null;
	if (block) {
		try {
			frontmatter = parseYaml(block.yaml);
		} catch (error) {
			yamlError = { reason: reasonInNote(error), ours: OUR_KEY_LINE.test(block.yaml) };
		}
	}

	const masked = maskUnparsed(text, bodyStart);
	const { links, embeds, ranges } = findBodyLinks(text, masked, locate);
	return {
		frontmatter,
		frontmatterPosition: block && frontmatter ? span(locate, 0, block.end) : null,
		frontmatterLinks: frontmatterLinksOf(frontmatter),
		links,
		embeds,
		tags: findTags(masked, ranges, locate),
		headings: findHeadings(text, masked, bodyStart, locate),
		yamlError,
		body: text.slice(bodyStart),
	};
}

/** The parser counts lines within the YAML; a person counts them in the note, below the opening `---`. */
export function reasonInNote(error: unknown): string {
	if (error instanceof YamlSyntaxError) {
		return error.line === null ? error.reason : `${error.reason}, at line ${error.line + 2} of the note`;
	}
	return error instanceof Error ? error.message : String(error);
}
