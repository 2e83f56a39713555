import type { Localized } from "./method";

/** Reminders the facilitator sees in more than one method's phases. */

export const ASK_DONT_ADVISE: Localized = { nl: "Vraag, geef geen advies", en: "Ask, don't advise" };

export const OPEN_QUESTIONS: Localized = {
	nl: "Open vragen: wat, hoe, wanneer, wie",
	en: "Open questions: what, how, when, who",
};

export const NO_HIDDEN_ADVICE: Localized = {
	nl: "\"Heb je al eens …?\" is een verkapt advies",
	en: "\"Have you tried …?\" is advice in disguise",
};

export const SUMMARISE: Localized = {
	nl: "Vat af en toe samen en check of het klopt",
	en: "Summarise now and then and check it is right",
};

export const WRITE_ALONE: Localized = { nl: "Ieder schrijft voor zich, in stilte", en: "Everyone writes alone, in silence" };

export const ADVICE_AS_I: Localized = {
	nl: "Advies in de ik-vorm: \"Ik zou …\"",
	en: "Advice in the first person: \"I would …\"",
};

export const CASE_BRINGER_LISTENS: Localized = {
	nl: "De inbrenger luistert en verdedigt zich niet",
	en: "The case-bringer listens and does not defend",
};

export const QUESTION_CHECK: Localized = {
	nl: "Is de vraag open, in de ik-vorm en van nu?",
	en: "Is the question open, first person and current?",
};

export const FIRST_STEP: Localized = { nl: "Wat is de eerste stap, en wanneer?", en: "What is the first step, and when?" };

export const ABOUT_THE_PROCESS: Localized = {
	nl: "Over de werkwijze, niet de casus: wat hielp, wat kan beter?",
	en: "About the way of working, not the case: what helped, what could be better?",
};

export const NEXT_ROLES: Localized = {
	nl: "Wie brengt de volgende keer in, wie leidt?",
	en: "Who brings the next case, who leads?",
};
