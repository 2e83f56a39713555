import { readPhaseNotes } from "../facilitation/phase-notes";
import type { Language } from "../i18n/language";
import type { MethodStep } from "../methods/method";
import { P } from "../schema/property-names";
import { judgeQuestionRound } from "./question-round";
import type { NotedTally, QuestionTally } from "./question-tally";

/** The tally as the session note keeps it: typed numbers, one property per count. */
export type TallyProperties = Record<(typeof TALLY_KEYS)[number][1], number>;

const TALLY_KEYS = [
	["open", P.questionsOpen],
	["closed", P.questionsClosed],
	["advice", P.questionsAdvice],
	["leading", P.questionsLeading],
	["helped", P.questionsHelped],
] as const;

/** The notes of every question-round phase of the method, joined; null when the note has none. */
export function questionRoundNotes(text: string, section: string, steps: readonly MethodStep[], language: Language): string | null {
	const parts = steps.filter((step) => step.questionRound).flatMap((step) => readPhaseNotes(text, section, step.name[language]) ?? []);
	return parts.length === 0 ? null : parts.join("\n");
}

/** The tally of the question rounds in a session note's text; null when it has no question-round notes. */
export function sessionQuestionTally(text: string, section: string, steps: readonly MethodStep[], language: Language): QuestionTally | null {
	const notes = questionRoundNotes(text, section, steps, language);
	return notes === null ? null : judgeQuestionRound(notes).tally;
}

export function tallyProperties(tally: QuestionTally): TallyProperties {
	return Object.fromEntries(TALLY_KEYS.map(([key, property]) => [property, tally[key]])) as TallyProperties;
}

/** The tally a session note keeps, or null when it keeps none; a count that is not a whole number counts as 0. */
export function readTallyProperties(frontmatter: Readonly<Record<string, unknown>> | null | undefined): NotedTally | null {
	if (!frontmatter || !TALLY_KEYS.some(([, property]) => property in frontmatter)) return null;
	const count = (property: string) => {
		const value = frontmatter[property];
		return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : 0;
	};
	return { open: count(P.questionsOpen), closed: count(P.questionsClosed), advice: count(P.questionsAdvice), leading: count(P.questionsLeading), helped: count(P.questionsHelped) };
}

/** True when the note already keeps exactly this tally, so nothing needs writing. */
export function keepsTally(frontmatter: Readonly<Record<string, unknown>> | null | undefined, tally: QuestionTally): boolean {
	const properties = tallyProperties(tally);
	return !!frontmatter && Object.entries(properties).every(([property, value]) => frontmatter[property] === value);
}
