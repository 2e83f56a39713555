import { sorted } from "./sorted";
import { findComments } from "./comments";
import type { IsPrivateTarget } from "./link-hit";
import { excerptOf, LISTED_PARTS, type Omission, type OmittedWhat } from "./omission";
import { findPrivateCallouts } from "./private-callouts";
import { labelEdit } from "./label-edit";
import { findPrivateLinks } from "./private-links";
import { findPrivateSections } from "./private-sections";
import { applyEdits, deletion, mergeRanges, rangeOrigin, type Range } from "./text-edits";
import { lineNumbers } from "./text-lines";

/** Passes until nothing private is left; two are enough unless hiding one part joins the pieces of another. */
const MAX_PASSES = 16;

interface Part extends Range {
	what: Exclude<OmittedWhat, "property">;
	/** Where its excerpt comes from: the text it was found in, and its place there. */
	found: { text: string; start: number; end: number };
}

interface Pass {
	text: string;
	origin: (offset: number) => number;
	parts: Part[];
}

/**
 * The body without private callouts, comments, sections headed by a link to a private note and embeds of
 * private notes, with links to private notes
 * replaced by `label`; everything else byte for byte, line endings included. Repeated until nothing changes,
 * because hiding one part can join the pieces of another (`%` + hidden + `%`): the result is its own fixed point.
 */
export function shareableBody(body: string, isPrivateTarget: IsPrivateTarget, label: string): { body: string; omitted: Omission[] } {
	const lineOf = lineNumbers(body);
	const omitted: Omission[] = [];
	let text = body;
	let toBody = (offset: number): number => offset;
	for (let pass = 0; pass < MAX_PASSES; pass++) {
		const result = hideOnce(text, isPrivateTarget, label);
		if (result.parts.length === 0) break;
		const previous = toBody;
		for (const part of result.parts) {
			// A hostile note may hold a hundred thousand comments: only the parts a preview lists get an excerpt.
			const excerpt = omitted.length < LISTED_PARTS ? excerptOf(part.found.text.slice(part.found.start, part.found.end)) : "";
			omitted.push({ what: part.what, line: lineOf(previous(part.start)), excerpt });
		}
		text = result.text;
		toBody = (offset) => previous(result.origin(offset));
		// A label that is itself a link to a private note would otherwise grow the text on every pass.
		if (text.length > 2 * body.length + 1024) break;
	}
	return { body: text, omitted: [...sorted(omitted, (a, b) => a.line - b.line)] };
}

function hideOnce(text: string, isPrivateTarget: IsPrivateTarget, label: string): Pass {
	const comments = findComments(text);
	// Hiding a comment may bring a `[` and a `!` together: only a text with both can hold a callout either way.
	const callouts = text.includes("[") && text.includes("!") ? calloutsWithAndWithoutComments(text, comments) : [];
	const unboxed = applyEdits(text, mergeRanges([...comments, ...callouts]).map(deletion));
	const sections = findPrivateSections(unboxed.text, isPrivateTarget).map((range) => rangeOrigin(range, unboxed.origin));
	const kept = sections.length === 0 ? unboxed : applyEdits(text, mergeRanges([...comments, ...callouts, ...sections]).map(deletion));
	const links = findPrivateLinks(kept.text, isPrivateTarget);
	const replaced = applyEdits(
		kept.text,
		links.map((link) => labelEdit(kept.text, link, label)),
	);
	const parts: Part[] = [
		...comments.map((range) => part("comment", range, text)),
		...callouts.map((range) => part("callout", range, text)),
		...sections.map((range) => part("section", range, text)),
		...links.map((link) => ({ ...part(link.kind, link, kept.text), ...rangeOrigin(link, kept.origin) })),
	];
	return { text: replaced.text, origin: (offset) => kept.origin(replaced.origin(offset)), parts: outermost(parts) };
}

/** A comment may hide a line break or join a header: callouts are looked for both with and without the comments. */
function calloutsWithAndWithoutComments(text: string, comments: readonly Range[]): Range[] {
	if (comments.length === 0) return findPrivateCallouts(text);
	const uncommented = applyEdits(text, comments.map(deletion));
	return [...findPrivateCallouts(text), ...findPrivateCallouts(uncommented.text).map((range) => rangeOrigin(range, uncommented.origin))];
}

function part(what: Part["what"], range: Range, text: string): Part {
	return { what, start: range.start, end: range.end, found: { text, start: range.start, end: range.end } };
}

/** Each hidden stretch once: a comment inside a private callout is part of the callout. */
function outermost(parts: Part[]): Part[] {
	const kept: Part[] = [];
	let reach = -1;
	for (const candidate of sorted(parts, (a, b) => a.start - b.start || b.end - a.end)) {
		if (candidate.end <= reach) continue;
		kept.push(candidate);
		reach = candidate.end;
	}
	return kept;
}
