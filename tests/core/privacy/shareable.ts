import { makeShareable, type Shareable } from "../../../src/core/privacy/make-shareable";

/** Notes whose name contains "Private" or "SECRET" are private in these tests. */
export function isPrivateTestTarget(target: string): boolean {
	return /private|secret/i.test(target);
}

export function share(body: string, frontmatter: Record<string, unknown> | null = null): Extract<Shareable, { kind: "shareable" }> {
	const result = makeShareable({ frontmatter, body, isPrivateTarget: isPrivateTestTarget, privateLabel: "private note" });
	if (result.kind !== "shareable") throw new Error("expected a shareable note");
	return result;
}
