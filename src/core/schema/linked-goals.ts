import { linkTarget } from "../links/link-resolver";
import type { FrontmatterChange } from "./frontmatter-change";
import { P } from "./property-names";

/**
 * *Link note to learning goal*: adds `link` at the end of any note's `goals` (a single value counts as a list
 * of one; the ratings beside it keep their positions), unless one of its links already leads to the goal.
 * `leadsToGoal` resolves a link target as the vault does. Tells whether the link was added.
 */
export function addGoalLink(link: string, leadsToGoal: (target: string) => boolean): FrontmatterChange<"added" | "already"> {
	return (frontmatter) => {
		const value = frontmatter[P.goals];
		const current: unknown[] = Array.isArray(value) ? [...(value as unknown[])] : value ? [value] : [];
		if (current.some((item) => typeof item === "string" && leadsToGoal(linkTarget(item) || item))) return "already";
		frontmatter[P.goals] = [...current, link];
		return "added";
	};
}
