import type { IsPrivateTarget, LinkHit } from "./link-hit";

const SCHEME = "obsidian://";
const URL_END = /[\s)>\]"'`|]/;

/**
 * The notes an `obsidian://open?vault=…&file=…` address opens: its `file` parameter, and of its `path`
 * parameter (a path on disk) the whole and the file name. Decoded; empty when it opens none.
 */
export function obsidianUrlTargets(url: string): string[] {
	if (!url.toLowerCase().startsWith(SCHEME)) return [];
	const query = url.indexOf("?");
	if (query === -1) return [];
	const targets: string[] = [];
	for (const pair of url.slice(query + 1).split("&")) {
		const equals = pair.indexOf("=");
		const name = (equals === -1 ? pair : pair.slice(0, equals)).toLowerCase();
		if (name !== "file" && name !== "path") continue;
		const value = decoded(equals === -1 ? "" : pair.slice(equals + 1)).trim();
		if (value === "") continue;
		targets.push(value);
		if (name === "path") targets.push(value.slice(Math.max(value.lastIndexOf("/"), value.lastIndexOf("\\")) + 1));
	}
	return targets;
}

/** Bare `obsidian://` addresses in the text that open a private note; Obsidian shows them as links, address and all. */
export function findPrivateObsidianUrls(text: string, isPrivateTarget: IsPrivateTarget): LinkHit[] {
	const hits: LinkHit[] = [];
	// Lowercasing copies the whole note: only one with an address can hold one.
	if (!text.includes("://")) return hits;
	const lower = text.toLowerCase();
	let from = 0;
	for (;;) {
		const start = lower.indexOf(SCHEME, from);
		if (start === -1) return hits;
		let end = start + SCHEME.length;
		while (end < text.length && !URL_END.test(text[end] ?? "")) end++;
		if (obsidianUrlTargets(text.slice(start, end)).some(isPrivateTarget)) hits.push({ start, end, kind: "link" });
		from = end;
	}
}

function decoded(raw: string): string {
	try {
		return decodeURIComponent(raw.replace(/\+/g, " "));
	} catch {
		return raw;
	}
}
