import type { Loc, Pos } from "./positions";
import { span } from "./positions";

export interface BodyTag {
	tag: string;
	position: Pos;
}

/**
 * Obsidian's tag characters: anything but white space, ASCII punctuation other than `-`, `_` and `/`,
 * and the general and supplemental punctuation blocks (which also hold the zero-width characters).
 */
const TAG_BODY = /[^\s!-,.:-@[-^`{-~\u2000-\u206F\u2E00-\u2E7F]+/y;
const ONLY_DIGITS = /^\d+$/;
const WHITE_SPACE = /\s/;

/**
 * `#tags` in `masked`: a `#` at a line start or after white space, not only digits, and not inside
 * one of the `skip` ranges (links; sorted by start).
 */
export function findTags(masked: string, skip: readonly (readonly [number, number])[], locate: (offset: number) => Loc): BodyTag[] {
	const tags: BodyTag[] = [];
	let next = 0;
	for (let at = masked.indexOf("#"); at !== -1; at = masked.indexOf("#", at + 1)) {
		if (at > 0 && !WHITE_SPACE.test(masked[at - 1] ?? "")) continue;
		while (next < skip.length && (skip[next]?.[1] ?? 0) <= at) next++;
		if ((skip[next]?.[0] ?? Infinity) <= at) continue;
		TAG_BODY.lastIndex = at + 1;
		const body = TAG_BODY.exec(masked)?.[0];
		if (!body || ONLY_DIGITS.test(body)) continue;
		tags.push({ tag: `#${body}`, position: span(locate, at, at + 1 + body.length) });
	}
	return tags;
}
