import type { Language } from "../i18n/language";
import type { GoalRow } from "./dashboard-model";

/** What the sentence is made of; a whole `GoalRow` will do. */
export type ChartFacts = Pick<GoalRow, "title" | "points" | "scale" | "target">;

interface Words {
	none: string;
	one: (rating: string, date: string) => string;
	many: (count: number, from: string, to: string, trend: string) => string;
	rising: (from: string, to: string) => string;
	falling: (from: string, to: string) => string;
	level: (at: string) => string;
	scale: (min: string, max: string) => string;
	target: (value: string) => string;
	decimal: string;
}

const WORDS: Record<Language, Words> = {
	en: {
		none: "no ratings yet",
		one: (rating, date) => `one rating, ${rating} on ${date}`,
		many: (count, from, to, trend) => `${count} ratings from ${from} to ${to}, ${trend}`,
		rising: (from, to) => `rising from ${from} to ${to}`,
		falling: (from, to) => `falling from ${from} to ${to}`,
		level: (at) => `level at ${at}`,
		scale: (min, max) => `scale ${min} to ${max}`,
		target: (value) => `target ${value}`,
		decimal: ".",
	},
	nl: {
		none: "nog geen beoordelingen",
		one: (rating, date) => `één beoordeling, ${rating} op ${date}`,
		many: (count, from, to, trend) => `${count} beoordelingen van ${from} tot ${to}, ${trend}`,
		rising: (from, to) => `stijgend van ${from} naar ${to}`,
		falling: (from, to) => `dalend van ${from} naar ${to}`,
		level: (at) => `gelijk op ${at}`,
		scale: (min, max) => `schaal ${min} tot ${max}`,
		target: (value) => `doel ${value}`,
		decimal: ",",
	},
};

/** One sentence for screen readers: how many ratings, and the trend from the first to the last. */
export function chartSummary(goal: ChartFacts, language: Language): string {
	const w = WORDS[language];
	const num = (value: number): string => String(value).replace(".", w.decimal);
	const first = goal.points[0];
	const last = goal.points[goal.points.length - 1];
	let body = w.none;
	if (first && last && goal.points.length === 1) body = w.one(num(first.rating), first.date);
	else if (first && last) {
		const trend = last.rating > first.rating ? w.rising : last.rating < first.rating ? w.falling : null;
		body = w.many(goal.points.length, first.date, last.date, trend ? trend(num(first.rating), num(last.rating)) : w.level(num(last.rating)));
	}
	const context = [w.scale(num(goal.scale.min), num(goal.scale.max)), ...(goal.target === null ? [] : [w.target(num(goal.target))])];
	return `${goal.title}: ${body} (${context.join(", ")}).`;
}
