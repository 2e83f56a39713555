import { obsidianUrlTargets } from "./obsidian-urls";

/**
 * What a markdown link destination may point at, decoded and without `#heading`: `<My note.md>` gives
 * `My note.md`; `My%20note.md "title"` gives `My note.md`; an unbracketed `My note.md` (not a link in CommonMark,
 * but easily typed) gives both `My` and `My note.md`, so either reading can be checked. An `obsidian://open`
 * address gives the note it opens.
 */
export function destinationCandidates(destination: string): string[] {
	const trimmed = destination.trim();
	const opened = obsidianUrlTargets(trimmed.replace(/^<|>$/g, ""));
	if (opened.length > 0) return nonEmpty(opened);
	if (trimmed.startsWith("<")) {
		const close = trimmed.indexOf(">");
		return nonEmpty([cleanTarget(close === -1 ? trimmed.slice(1) : trimmed.slice(1, close))]);
	}
	const firstWord = trimmed.split(/\s/)[0] ?? "";
	return nonEmpty([cleanTarget(firstWord), cleanTarget(trimmed)]);
}

function cleanTarget(raw: string): string {
	const hash = raw.indexOf("#");
	return decoded(hash === -1 ? raw : raw.slice(0, hash)).trim();
}

function decoded(raw: string): string {
	try {
		return decodeURIComponent(raw);
	} catch {
		return raw;
	}
}

function nonEmpty(targets: string[]): string[] {
	return [...new Set(targets)].filter((target) => target !== "");
}
