import { foldName } from "./fold-name";
import { isPrivateTag } from "./private-tags";

/**
 * A `private` or `privé` key in any case or quoting (`"Private":`, `'privé' :`, `? private`, `{private: x}`),
 * after the start of a line, a space, a list dash, `{` or `,`. Read on the folded text, so accents and case are gone.
 */
const PRIVATE_KEY = /(?:^|[\s{,?-])["']?priv(?:ate|e)["']?[ \t]*:|\?[ \t]*["']?priv(?:ate|e)["']?[ \t]*$/m;
/** A top-level `tags:` or `tag:` line; its value runs on over the indented and list lines below it. */
const TAGS_KEY = /^["']?tags?["']?[ \t]*:(.*)$/;
const CONTINUES_ENTRY = /^(?:[ \t]|-)/;

/**
 * Whether a properties block might make its note private, read as text: for a block Obsidian could not read,
 * or did not see (behind a byte-order mark). A `private` key with any value counts, since the value cannot be
 * trusted either, and so does a `private` tag. See docs/privacy.md.
 */
export function rawPropertiesMightBePrivate(raw: string): boolean {
	const folded = foldName(raw);
	if (PRIVATE_KEY.test(folded)) return true;
	let inTags = false;
	for (const line of folded.split(/\r\n|\n|\r/)) {
		const tags = TAGS_KEY.exec(line);
		if (tags) inTags = true;
		else if (!CONTINUES_ENTRY.test(line) && line.trim() !== "") inTags = false;
		if (!inTags) continue;
		const value = tags ? (tags[1] ?? "") : line;
		if (value.split(/[\s,[\]"'{}]+/).some((word) => word !== "" && word !== "-" && isPrivateTag(word))) return true;
	}
	return false;
}
