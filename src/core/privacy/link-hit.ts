import type { Range } from "./text-edits";

/** A link to a private note (shown as the label) or an embed of one (left out). */
export interface LinkHit extends Range {
	kind: "link" | "embed";
}

export type IsPrivateTarget = (linkTarget: string) => boolean;
