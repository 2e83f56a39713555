import type { Language } from "../i18n/language";
import { ratingScale } from "../rating/rating-scale";
import type { ScaleDefault } from "../rating/rating-scale";
import { DEFAULT_SCALE } from "../schema/read-note";
import type { LinkIndex } from "../index/link-index";
import type { NoteIndex } from "../index/note-index";
import type { LinkResolver } from "../schema/note-record";
import { chooseAmong, trajectoryChoices } from "./choose-trajectory";
import { indexWork } from "./dashboard-memo";
import type { DashboardModel, GoalFilter } from "./dashboard-model";
import { scopeOf } from "./dashboard-scope";
import { goalsSection } from "./goal-rows";
import { indexedResolver } from "./indexed-resolver";
import { reminders } from "./reminders";
import { rhythmSection } from "./rhythm";
import { iBringACase, myCaseFor } from "./session-facts";
import { sessionRows } from "./session-rows";
import { trajectoryHeader } from "./trajectory-header";

export interface DashboardInput {
	index: NoteIndex;
	links: LinkIndex;
	resolver: LinkResolver;
	me: string;
	today: string;
	/** The interface language: the charts' text alternatives and the scale's anchors are worded in it. */
	language: Language;
	/** The scale of goals outside any trajectory (the settings' default); 1 to 10 when not given. */
	defaultScale?: ScaleDefault;
	/** Chosen trajectory path; null/undefined = the one that runs today, else the newest. */
	trajectory?: string | null;
	goalFilter: GoalFilter;
	/** Open actions of my reports (read from bodies by the adapter): path of the report, text, due date. */
	openActions: readonly { path: string; text: string; due: string | null }[];
	/** Number of coaching criteria a goal seems not to meet (the adapter reads goal bodies lazily); 0 when unknown. */
	goalHintCount(path: string): number;
	/** How many days ahead reminders look (default 7). */
	reminderDays?: number;
}

export const DEFAULT_REMINDER_DAYS = 7;

/** The dashboard as plain data, for `me` on `today`. Lists are complete; the renderer pages long ones. */
export function buildDashboard(input: DashboardInput): DashboardModel {
	const { index, links, me, today } = input;
	const resolver = indexedResolver(links, input.resolver);
	const resolve = (link: string, from: string): string | null => resolver.resolve(link, from);
	const { facts, sorted, mine, problems } = indexWork(index, links, input.resolver, resolver, me);
	const shown = chooseAmong(sorted, mine, input.trajectory, today);
	const scope = scopeOf(facts, shown, today);
	const sessions = sessionRows(facts, scope, me, today, resolve);
	const defaultScale = input.defaultScale ?? DEFAULT_SCALE;
	const goals = goalsSection({ facts, scope, index, links, today, language: input.language, defaultScale, filter: input.goalFilter, goalHintCount: (path) => input.goalHintCount(path) });
	const next = scope.next;
	return {
		today,
		me,
		empty: index.size === 0,
		trajectories: trajectoryChoices(sorted, shown),
		header: shown ? trajectoryHeader(shown, { facts, scope, me, today, resolve, scale: ratingScale(shown, defaultScale, input.language) }) : null,
		goals,
		sessions,
		rhythm: rhythmSection(facts, scope, me, today),
		problems,
		reminders: reminders({
			today,
			reminderDays: input.reminderDays ?? DEFAULT_REMINDER_DAYS,
			myNextCase: next && iBringACase(next, me) ? { session: next, kase: myCaseFor(facts, next, me, resolve) } : null,
			sessions,
			sessionTitle: (path) => facts.sessionByPath.get(path)?.title ?? path,
			goals: goals.rows.filter((row) => row.status === "active"),
			openActions: input.openActions,
		}),
	};
}
