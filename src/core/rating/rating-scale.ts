import type { Language } from "../i18n/language";
import type { GoalNote, TrajectoryNote } from "../schema/notes";

/** The numbers a rating can take, and what its two ends mean. */
export interface RatingScale {
	min: number;
	max: number;
	/** What the lowest rating means, such as "I don't do this yet". */
	low: string;
	/** What the highest rating means, such as "I do this as a habit". */
	high: string;
}

/** The default scale from the settings (1 to 10 unless changed; the command line has no settings). */
export interface ScaleDefault {
	min: number;
	max: number;
}

const DEFAULT_ANCHORS: Record<Language, { low: string; high: string }> = {
	en: { low: "I don't do this yet", high: "I do this as a habit" },
	nl: { low: "dit doe ik nog niet", high: "dit doe ik als gewoonte" },
};

/** A trajectory's scale, or the default scale without one; its anchors as the trajectory names them, else the default words. */
export function ratingScale(trajectory: Pick<TrajectoryNote, "scaleMin" | "scaleMax" | "scaleMinLabel" | "scaleMaxLabel"> | null, defaults: ScaleDefault, language: Language): RatingScale {
	const anchors = DEFAULT_ANCHORS[language];
	if (trajectory === null) return { min: defaults.min, max: defaults.max, ...anchors };
	return { min: trajectory.scaleMin, max: trajectory.scaleMax, low: trajectory.scaleMinLabel ?? anchors.low, high: trajectory.scaleMaxLabel ?? anchors.high };
}

/**
 * The one rule for the scale of a rating (docs/schema.md): every rating of a goal — in a report, the intake,
 * the final evaluation, a chart, the trajectory report — is on the scale of the goal's own trajectory (its
 * `trajectory` property); a goal outside any trajectory is rated on the default scale. So a goal keeps one
 * scale, whichever note rates it. `find` gives the trajectory a link leads to, or null.
 */
export function goalRatingScale(goal: Pick<GoalNote, "path" | "trajectory">, find: (link: string, from: string) => TrajectoryNote | null, defaults: ScaleDefault, language: Language): RatingScale {
	return ratingScale(goal.trajectory === null ? null : find(goal.trajectory, goal.path), defaults, language);
}

/** "1 = I don't do this yet, 10 = I do this as a habit": what a rating field says under its label. */
export function scaleAnchorsText(scale: RatingScale, language: Language): string {
	const num = (value: number): string => (language === "nl" ? String(value).replace(".", ",") : String(value));
	return `${num(scale.min)} = ${scale.low}, ${num(scale.max)} = ${scale.high}`;
}
