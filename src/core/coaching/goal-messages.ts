import type { Language } from "../i18n/language";
import type { CriterionId } from "./criteria";

interface CriterionMessages {
	met: string;
	/** `word`: the words, as written, that the hint is about ("minder", "mijn team"); null when there are none. */
	unmet: (word: string | null) => string;
}

export const GOAL_MESSAGES: Record<Language, Record<CriterionId, CriterionMessages>> = {
	nl: {
		positive: {
			met: "Positief geformuleerd: je zegt wat je wél doet.",
			unmet: (word) => `${word ? `Je schrijft "${word}". ` : ""}Zeg liever wat je wél gaat doen.`,
		},
		observable: {
			met: "Concreet: een ander kan zien wat je doet.",
			unmet: (word) =>
				`${word ? `Met "${word}" zie je nog niet wat je doet. ` : ""}Beschrijf een handeling die een ander kan zien.`,
		},
		"time-bound": {
			met: "Er staat een termijn bij.",
			unmet: () => "Geef het een termijn: tot wanneer, of tot welke bijeenkomst?",
		},
		measurable: {
			met: "Meetbaar: je kunt nagaan of het lukt.",
			unmet: () => "Maak het meetbaar: hoe vaak of hoeveel, of waaraan zie je dat het lukt?",
		},
		"own-control": {
			met: "Dit heb je zelf in de hand.",
			unmet: (word) => `${word ? `Nu hangt het af van "${word}". ` : ""}Beschrijf wat jij zelf doet, met "ik" als onderwerp.`,
		},
		"where-when": {
			met: "Je weet waar en wanneer je oefent.",
			unmet: () => "Noem waar en wanneer: in welk overleg, welk gesprek of op welke dag?",
		},
	},
	en: {
		positive: {
			met: "Phrased positively: it says what you will do.",
			unmet: (word) => `${word ? `You wrote "${word}". ` : ""}Say what you will do instead.`,
		},
		observable: {
			met: "Concrete: someone else can see you do it.",
			unmet: (word) =>
				`${word ? `With "${word}" nobody can see what you do yet. ` : ""}Describe an action someone else could notice.`,
		},
		"time-bound": {
			met: "It has a time frame.",
			unmet: () => "Add a time frame: by when, or by which session?",
		},
		measurable: {
			met: "Measurable: you can check whether it works.",
			unmet: () => "Make it measurable: how often or how many, or how will you know it worked?",
		},
		"own-control": {
			met: "This is in your own hands.",
			unmet: (word) => `${word ? `Now it depends on "${word}". ` : ""}Describe what you do yourself, with "I" as the subject.`,
		},
		"where-when": {
			met: "You know where and when you will practise.",
			unmet: () => "Say where and when: in which meeting, which conversation or on which day?",
		},
	},
};
