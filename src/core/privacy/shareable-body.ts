import { sorted } from "./sorted";
import { findComments } from "./comments";
import type { IsPrivateTarget } from "./link-hit";
import { excerptOf, LISTED_PARTS, type Omission } from "./omission";
import { eachOutermost, type PartList, type PartWhat } from "./outermost-parts";
import { findPrivateCallouts } from "./private-callouts";
import { labelEdit } from "./label-edit";
import { findPrivateLinks } from "./private-links";
import { findPrivateSections } from "./private-sections";
import { applyEdits, mergeRanges, rangeOrigin, withoutRanges, type Range } from "./text-edits";
import { lineNumbers } from "./text-lines";

/** Passes until nothing private is left; two are enough unless hiding one part joins the pieces of another. */
const MAX_PASSES = 16;

interface Pass {
	text: string;
	origin: (offset: number) => number;
	parts: readonly PartList[];
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
	const hidden = hideAll(body, isPrivateTarget, label, (what, at, excerptOf) => {
		// A hostile note may hold a hundred thousand comments: only the parts a preview lists get an excerpt.
		omitted.push({ what, line: lineOf(at), excerpt: omitted.length < LISTED_PARTS ? excerptOf() : "" });
	});
	const inOrder = sorted(omitted, (a, b) => a.line - b.line);
	return { body: hidden.text, omitted: inOrder === omitted ? omitted : [...inOrder] };
}

/** A hidden part of the body, and where it stood: an offset in the shareable body, where it would have been. */
export interface HiddenMark {
	what: PartWhat;
	at: number;
}

/**
 * The shareable body with the places of what was hidden, for a preview that marks them in place: each part once
 * (a comment inside a private callout is the callout), by the offset in the shareable body where it stood. At most
 * `LISTED_PARTS` parts are marked.
 */
export function shareableBodyWithMarks(body: string, isPrivateTarget: IsPrivateTarget, label: string): { body: string; marks: HiddenMark[] } {
	const places: { what: PartWhat; bodyAt: number }[] = [];
	const hidden = hideAll(body, isPrivateTarget, label, (what, at) => {
		if (places.length < LISTED_PARTS) places.push({ what, bodyAt: at });
	});
	const marks = places.map(({ what, bodyAt }) => ({ what, at: firstAtOrAfter(hidden.text.length, hidden.toBody, bodyAt) }));
	return { body: hidden.text, marks: [...sorted(marks, (a, b) => a.at - b.at)] };
}

/**
 * Hides private parts pass after pass until nothing changes, because hiding one part can join the pieces of
 * another (`%` + hidden + `%`): the result is its own fixed point. `found` hears each part once, with its offset
 * in `body`; `toBody` maps an offset of the result back to the body.
 */
function hideAll(body: string, isPrivateTarget: IsPrivateTarget, label: string, found: (what: PartWhat, at: number, excerptOf: () => string) => void): { text: string; toBody: (offset: number) => number } {
	let text = body;
	let toBody = (offset: number): number => offset;
	for (let pass = 0; pass < MAX_PASSES; pass++) {
		const result = hideOnce(text, isPrivateTarget, label);
		if (result.parts.every((list) => list.ranges.length === 0)) break;
		const previous = toBody;
		eachOutermost(result.parts, (list, i) => {
			const where = list.found[i] ?? { start: 0, end: 0 };
			found(list.whatOf(i), previous(list.ranges[i]?.start ?? 0), () => excerptOf(list.source.slice(where.start, where.end)));
		});
		text = result.text;
		toBody = (offset) => previous(result.origin(offset));
		// A label that is itself a link to a private note would otherwise grow the text on every pass.
		if (text.length > 2 * body.length + 1024) break;
	}
	return { text, toBody };
}

/** The first offset of a text of `length` whose place in the body is at or after `bodyAt` (`toBody` never goes back). */
function firstAtOrAfter(length: number, toBody: (offset: number) => number, bodyAt: number): number {
	let low = 0;
	let high = length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (toBody(middle) >= bodyAt) high = middle;
		else low = middle + 1;
	}
	return low;
}

function hideOnce(text: string, isPrivateTarget: IsPrivateTarget, label: string): Pass {
	const comments = findComments(text);
	// Hiding a comment may bring a `[` and a `!` together: only a text with both can hold a callout either way.
	const callouts = text.includes("[") && text.includes("!") ? calloutsWithAndWithoutComments(text, comments) : [];
	const boxes = mergeRanges(callouts.length === 0 ? comments : [...comments, ...callouts]);
	const unboxed = withoutRanges(text, boxes);
	const sections = findPrivateSections(unboxed.text, isPrivateTarget).map((range) => rangeOrigin(range, unboxed.origin));
	const kept = sections.length === 0 ? unboxed : withoutRanges(text, mergeRanges([...boxes, ...sections]));
	const links = findPrivateLinks(kept.text, isPrivateTarget);
	const replaced = applyEdits(
		kept.text,
		links.map((link) => labelEdit(kept.text, link, label)),
	);
	const parts: PartList[] = [
		found("comment", comments, text),
		found("callout", callouts, text),
		found("section", sections, text),
		{ ranges: links.map((link) => rangeOrigin(link, kept.origin)), source: kept.text, found: links, whatOf: (i) => links[i]?.kind ?? "link" },
	];
	return { text: replaced.text, origin: (offset) => kept.origin(replaced.origin(offset)), parts };
}

/** A comment may hide a line break or join a header: callouts are looked for both with and without the comments. */
function calloutsWithAndWithoutComments(text: string, comments: readonly Range[]): Range[] {
	if (comments.length === 0) return findPrivateCallouts(text);
	const uncommented = withoutRanges(text, comments);
	return [...findPrivateCallouts(text), ...findPrivateCallouts(uncommented.text).map((range) => rangeOrigin(range, uncommented.origin))];
}

function found(what: PartWhat, ranges: readonly Range[], text: string): PartList {
	return { ranges, source: text, found: ranges, whatOf: () => what };
}
