import type { LinkIndex } from "../index/link-index";
import type { LinkResolver } from "../schema/note-record";

/**
 * Answers from the link index, which resolved each link when its note changed, and asks the resolver
 * only for links the index does not hold (plain-text names in properties, links with a heading).
 * Resolving every link of every note anew took most of the dashboard's time.
 */
export function indexedResolver(links: LinkIndex, resolver: LinkResolver): LinkResolver {
	return {
		resolve(link, fromPath) {
			const target = links.target(fromPath, link);
			return target === undefined ? resolver.resolve(link, fromPath) : target;
		},
	};
}
