import type * as Obs from "../../node_modules/obsidian/obsidian";
import { getFrontMatterInfo } from "./frontmatter";

/** One link found in a note, and the link text its target now needs (`fileToLinktext` of the moved file). */
export interface LinkEdit {
	ref: Obs.Reference & { position?: Obs.Pos; key?: string };
	/** New link path for the target, without subpath; keeps `.md` when the old link had it. */
	linkpathFor: (hadMdExtension: boolean) => string;
}

/**
 * Rewrites links the way Obsidian's "Automatically update internal links" does: same kind of link,
 * same subpath and alias, new target. Body links are replaced where they stand; frontmatter links
 * where their text stands in the YAML block.
 */
export function rewriteLinks(text: string, edits: LinkEdit[]): string {
	const body = edits
		.filter((edit) => edit.ref.position)
		.sort((a, b) => (b.ref.position?.start.offset ?? 0) - (a.ref.position?.start.offset ?? 0));
	let result = text;
	for (const edit of body) {
		const pos = edit.ref.position;
		if (!pos || result.slice(pos.start.offset, pos.end.offset) !== edit.ref.original) continue;
		result = result.slice(0, pos.start.offset) + rewriteOne(edit) + result.slice(pos.end.offset);
	}
	for (const edit of edits.filter((e) => !e.ref.position)) result = rewriteInFrontmatter(result, edit);
	return result;
}

function rewriteInFrontmatter(text: string, edit: LinkEdit): string {
	const info = getFrontMatterInfo(text);
	if (!info.exists) return text;
	const yaml = info.frontmatter.split(edit.ref.original).join(rewriteOne(edit));
	return text.slice(0, info.from) + yaml + text.slice(info.to);
}

function rewriteOne(edit: LinkEdit): string {
	const original = edit.ref.original;
	return original.endsWith("]]") ? rewriteWikilink(original, edit) : rewriteMarkdownLink(original, edit);
}

function rewriteWikilink(original: string, edit: LinkEdit): string {
	const embed = original.startsWith("!");
	const inner = original.slice(embed ? 3 : 2, -2);
	const pipe = inner.indexOf("|");
	const target = pipe > 0 ? inner.slice(0, pipe) : inner;
	const alias = pipe > 0 ? inner.slice(pipe) : "";
	const hash = target.indexOf("#");
	const linkpath = hash < 0 ? target : target.slice(0, hash);
	const subpath = hash < 0 ? "" : target.slice(hash);
	const newPath = edit.linkpathFor(linkpath.toLowerCase().endsWith(".md"));
	return `${embed ? "!" : ""}[[${newPath}${subpath}${alias}]]`;
}

function rewriteMarkdownLink(original: string, edit: LinkEdit): string {
	const open = original.lastIndexOf("](");
	if (open < 0) return original;
	const head = original.slice(0, open + 2);
	const inParens = original.slice(open + 2, -1);
	const lead = inParens.length - inParens.trimStart().length;
	const raw = inParens.trim();
	const angle = raw.startsWith("<");
	const end = angle ? raw.indexOf(">") + 1 : raw.search(/\s|$/);
	const target = angle ? raw.slice(1, end - 1) : raw.slice(0, end);
	const rest = raw.slice(end);
	const decoded = safeDecode(target);
	const hash = decoded.indexOf("#");
	const linkpath = hash < 0 ? decoded : decoded.slice(0, hash);
	const subpath = hash < 0 ? "" : decoded.slice(hash);
	const newPath = edit.linkpathFor(linkpath.toLowerCase().endsWith(".md")) + subpath;
	const written = angle ? `<${newPath}>` : encodeURI(newPath);
	return `${head}${inParens.slice(0, lead)}${written}${rest})`;
}

function safeDecode(value: string): string {
	try {
		return decodeURIComponent(value);
	} catch {
		return value;
	}
}
