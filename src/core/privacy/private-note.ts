import { P } from "../schema/property-names";
import { foldName } from "./fold-name";

/** The schema's `private`, and the Dutch `privé` a person may type by hand. */
const PRIVATE_KEYS = new Set<string>([P.private, "prive"]);

/** Only these values make a `private` property say "not private"; anything else, even `maybe` or empty, hides the note. */
const SAYS_NO = new Set(["false", "no", "nee", "n", "off", "0"]);

export function isPrivateKey(key: string): boolean {
	return PRIVATE_KEYS.has(foldName(key));
}

/**
 * Whether a whole note is private. `private: true`, `"yes"`, `"ja"` … make it so; when in doubt it is private:
 * a `private` property (any case, or `privé`) with any value but an explicit no (`false`, `no`, `nee`, `0`, `off`).
 */
export function isPrivateNote(frontmatter: Record<string, unknown> | null): boolean {
	if (frontmatter === null || typeof frontmatter !== "object") return false;
	return Object.entries(frontmatter).some(([key, value]) => isPrivateKey(key) && !saysNo(value));
}

function saysNo(value: unknown): boolean {
	if (value === false || value === 0) return true;
	return typeof value === "string" && SAYS_NO.has(foldName(value));
}
