import type { FieldReader } from "./field-reader";
import { P } from "./property-names";

/**
 * `goals` and `ratings` as two parallel lists: `ratings[i]` rates `goals[i]`, null where a goal is not rated.
 * More ratings than goals is a warning, since the extra ones belong to no goal.
 */
export function readRatedGoals(path: string, f: FieldReader): { goals: string[]; ratings: (number | null)[] } {
	const goals = f.links(P.goals);
	const ratings = f.numberList(P.ratings);
	if (ratings.length > goals.length) {
		f.problems.push({
			path,
			severity: "warning",
			code: "ratings-mismatch",
			message: `There are ${ratings.length} ratings for ${goals.length} goals; each rating belongs to the goal at the same position in "goals".`,
		});
	}
	return { goals, ratings: goals.map((_, i) => ratings[i] ?? null) };
}
