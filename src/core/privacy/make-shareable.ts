import type { IsPrivateTarget } from "./link-hit";
import type { Omission } from "./omission";
import { mightBePrivate } from "./might-be-private";
import { hasPrivateBodyTag } from "./private-tags";
import { shareableBody } from "./shareable-body";
import { shareableFrontmatter } from "./shareable-frontmatter";

export type { Omission, OmittedWhat } from "./omission";

export interface ShareableInput {
	frontmatter: Record<string, unknown> | null;
	body: string;
	/** The note's tags as Obsidian's cache lists them; the body's `#private` is found without them too. */
	tags?: readonly string[];
	/** Whether a link target (without `#heading` or `|alias`; decoded for markdown links) is a private note. */
	isPrivateTarget: IsPrivateTarget;
	/** What a link to a private note becomes: "private note", "privénotitie". */
	privateLabel: string;
}

export type Shareable =
	| { kind: "private-note" }
	| { kind: "shareable"; frontmatter: Record<string, unknown>; body: string; omitted: Omission[] };

/**
 * The version of a note that may leave the participant's hands — shared copy, export, facilitator view,
 * command-line report — or `private-note` when the whole note is private. See docs/privacy.md.
 */
export function makeShareable(input: ShareableInput): Shareable {
	if (mightBePrivate({ frontmatter: input.frontmatter, tags: input.tags }) || hasPrivateBodyTag(input.body)) return { kind: "private-note" };
	const isPrivateTarget = remembered(failingPrivate(input.isPrivateTarget));
	const frontmatter = shareableFrontmatter(input.frontmatter, isPrivateTarget, input.privateLabel);
	const body = shareableBody(input.body, isPrivateTarget, input.privateLabel);
	const omitted = frontmatter.omitted.length === 0 ? body.omitted : [...frontmatter.omitted, ...body.omitted];
	return { kind: "shareable", frontmatter: frontmatter.frontmatter, body: body.body, omitted };
}

/** A target that cannot be checked counts as private. */
export function failingPrivate(isPrivateTarget: IsPrivateTarget): IsPrivateTarget {
	return (target) => {
		try {
			return Boolean(isPrivateTarget(target));
		} catch {
			return true;
		}
	};
}

function remembered(isPrivateTarget: IsPrivateTarget): IsPrivateTarget {
	const answers = new Map<string, boolean>();
	return (target) => {
		let answer = answers.get(target);
		if (answer === undefined) {
			answer = isPrivateTarget(target);
			answers.set(target, answer);
		}
		return answer;
	};
}
