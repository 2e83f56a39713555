import type { Language } from "./language";

/** The counts of a question round, as the question coach keeps them. */
interface TallyCounts {
	open: number;
	closed: number;
	advice: number;
	leading: number;
	none: number;
	helped: number;
}

/** Every text of the question coach, in sentence case. `cue` is the words of the question that decided. */
const en = {
	kind: { open: "open", closed: "closed", advice: "advice", leading: "leading" },
	noKind: "no kind",
	reason: {
		invitation: (cue: string) => `An invitation to tell more ("${cue}").`,
		"open-word": (cue: string) => `Starts with "${cue}": the case-bringer finds the answer in their own experience.`,
		"exploring-why": (cue: string) => `An exploring "${cue}" about their own experience.`,
		"one-fact": (cue: string) => `Asks for one fact ("${cue}").`,
		"yes-no": (cue: string) => `Starts with "${cue}": yes or no answers it.`,
		check: () => "Checks a statement: yes or no answers it.",
		suggestion: (cue: string) => `A solution wrapped in a question ("${cue}").`,
		opinion: (cue: string) => `Carries the asker's own view ("${cue}").`,
		"judging-why": (cue: string) => `A "${cue}" that judges rather than explores.`,
		agreement: (cue: string) => `Asks the case-bringer to agree ("${cue}").`,
		unclear: () => "No rule fits; judge this one together.",
	},
	listTitle: "Questions so far",
	listEmpty: "Type one question a line in the notes; each appears here with its kind.",
	tally: (tally: TallyCounts) =>
		`${tally.open} open · ${tally.closed} closed · ${tally.advice} advice · ${tally.leading} leading` +
		(tally.none > 0 ? ` · ${tally.none} without a kind` : "") +
		(tally.helped > 0 ? ` · ${tally.helped} helped` : ""),
	helped: "helped",
	helpedHint: "The case-bringer marks a question that helped with (+) on its line.",
	adviceReminder: (count: number) =>
		count === 1
			? "One question was advice: ask the asker to turn it into an open question."
			: `${count} questions were advice: ask the askers to turn them into open questions.`,
	leadingReminder: (count: number) =>
		count === 1
			? "One question was leading: ask what the asker wants to know, without their own view in it."
			: `${count} questions were leading: ask what the askers want to know, without their own view in them.`,
	closedReminder: "Most questions so far were closed: invite a what or how question.",
	questionRound: "Question round",
};

export type QuestionStrings = typeof en;

const nl: QuestionStrings = {
	kind: { open: "open", closed: "gesloten", advice: "verkapt advies", leading: "sturend" },
	noKind: "geen soort",
	reason: {
		invitation: (cue) => `Een uitnodiging om meer te vertellen ("${cue}").`,
		"open-word": (cue) => `Begint met "${cue}": de inbrenger zoekt het antwoord in de eigen ervaring.`,
		"exploring-why": (cue) => `Een verkennend "${cue}" over de eigen ervaring.`,
		"one-fact": (cue) => `Vraagt naar één feit ("${cue}").`,
		"yes-no": (cue) => `Begint met "${cue}": ja of nee is een antwoord.`,
		check: () => "Checkt een bewering: ja of nee is een antwoord.",
		suggestion: (cue) => `Een oplossing in de vorm van een vraag ("${cue}").`,
		opinion: (cue) => `Bevat de mening van de vraagsteller ("${cue}").`,
		"judging-why": (cue) => `Een "${cue}" die oordeelt in plaats van verkent.`,
		agreement: (cue) => `Vraagt de inbrenger om in te stemmen ("${cue}").`,
		unclear: () => "Geen regel past; beoordeel deze samen.",
	},
	listTitle: "Vragen tot nu toe",
	listEmpty: "Typ één vraag per regel in de aantekeningen; elke vraag verschijnt hier met haar soort.",
	tally: (tally) =>
		`${tally.open} open · ${tally.closed} gesloten · ${tally.advice} verkapt advies · ${tally.leading} sturend` +
		(tally.none > 0 ? ` · ${tally.none} zonder soort` : "") +
		(tally.helped > 0 ? ` · ${tally.helped} hielp` : ""),
	helped: "hielp",
	helpedHint: "De inbrenger markeert een vraag die hielp met (+) op de regel.",
	adviceReminder: (count) =>
		count === 1
			? "Eén vraag was een verkapt advies: vraag de vraagsteller er een open vraag van te maken."
			: `${count} vragen waren verkapt advies: vraag de vraagstellers er open vragen van te maken.`,
	leadingReminder: (count) =>
		count === 1
			? "Eén vraag was sturend: vraag wat de vraagsteller wil weten, zonder eigen mening erin."
			: `${count} vragen waren sturend: vraag wat de vraagstellers willen weten, zonder eigen mening erin.`,
	closedReminder: "De meeste vragen waren tot nu toe gesloten: nodig uit tot een wat- of hoe-vraag.",
	questionRound: "Vragenronde",
};

export const QUESTION_STRINGS: Readonly<Record<Language, QuestionStrings>> = { en, nl };
