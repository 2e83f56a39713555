import { addDaysToDay } from "../../core/dates/local-day";
import type { MyNotes } from "../../core/index/my-notes";
import { sameName } from "../../core/index/my-notes";
import type { ReportRole } from "../../core/schema/kinds";
import type { GoalNote, SessionNote, TrajectoryNote } from "../../core/schema/notes";
import { goalRatingScale, scaleAnchorsText } from "../../core/rating/rating-scale";
import type { RatingScale, ScaleDefault } from "../../core/rating/rating-scale";
import { uiLanguage } from "../ui-language";
import type { IntervisieSettings } from "../../core/settings/settings";

/** My role in a session, as the session note records it. */
export function roleIn(session: SessionNote | null, me: string): ReportRole {
	if (!session) return "participant";
	if (session.caseBringers.some((name) => sameName(name, me))) return "case-bringer";
	if (session.facilitator && sameName(session.facilitator, me)) return "facilitator";
	return "participant";
}

/** The rating scale of a goal by the one rule, with the settings' default scale for a goal outside any trajectory. */
export function scaleFor(goal: GoalNote, notes: MyNotes, settings: IntervisieSettings): RatingScale {
	const find = (link: string, from: string): TrajectoryNote | null => {
		const path = notes.resolve(link, from);
		return notes.trajectories().find((t) => t.path === path) ?? null;
	};
	return goalRatingScale(goal, find, defaultScaleOf(settings), uiLanguage());
}

/** The settings' scale for goals outside any trajectory. */
export function defaultScaleOf(settings: IntervisieSettings): ScaleDefault {
	return { min: settings.scaleMin, max: settings.scaleMax };
}

/** What a rating field says under its label: what the two ends of its scale mean. */
export function anchorsOf(scale: RatingScale): string {
	return scaleAnchorsText(scale, uiLanguage());
}

/** Actions are due by the next session, or in two weeks when none is planned. */
export function defaultDue(notes: MyNotes, today: string): string {
	const next = notes.nextSession(addDaysToDay(today, 1));
	return next?.date ?? addDaysToDay(today, 14);
}
