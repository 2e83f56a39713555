import type { IntervisieMethod } from "./method";

/** The seven-step qualities model: the case seen through core qualities (quality, pitfall, challenge, allergy). */
export const QUALITIES: IntervisieMethod = {
	id: "qualities",
	name: { nl: "Zevenstappen kwaliteitenmodel", en: "Seven-step qualities model" },
	description: {
		nl: "De groep kijkt welke kwaliteiten de inbrenger in de situatie inzette, en waar de uitdaging ligt, met de kernkwadranten als bril.",
		en: "The group looks at which qualities the case-bringer used in the situation, and where the challenge lies, through the lens of core quadrants.",
	},
	steps: [
		{ id: "situation", name: { nl: "Situatie en vraag", en: "Situation and question" }, minutes: 5 },
		{ id: "questions", name: { nl: "Twee vragen per persoon", en: "Two questions per person" }, minutes: 10 },
		{ id: "answers", name: { nl: "Antwoorden zonder discussie", en: "Answers without discussion" }, minutes: 10 },
		{ id: "quality-round", name: { nl: "Ronde: welke kwaliteit zette de inbrenger in?", en: "Round: which quality did the case-bringer use?" }, minutes: 10 },
		{ id: "your-challenge", name: { nl: "Ieder schrijft: \"jouw uitdaging is …\"", en: "Each writes: \"your challenge is …\"" }, minutes: 10 },
		{ id: "my-challenge", name: { nl: "Inbrenger schrijft: \"mijn uitdaging is …\"", en: "Case-bringer writes: \"my challenge is …\"" }, minutes: 5 },
		{ id: "take-away", name: { nl: "Wat de anderen meenemen", en: "What the others take away" }, minutes: 10 },
	],
	roles: ["case-bringer", "facilitator", "note-taker", "participants"],
	fits: {
		nl: "Groepen die met kernkwaliteiten werken: kwaliteit, valkuil, uitdaging en allergie.",
		en: "Groups working with core qualities: quality, pitfall, challenge and allergy.",
	},
	preparation: [
		{
			heading: { nl: "De situatie", en: "The situation" },
			prompt: {
				nl: "Wat gebeurde er, wie waren erbij en wat was jouw rol?",
				en: "What happened, who was there and what was your role?",
			},
		},
		{
			heading: { nl: "Mijn kwaliteiten", en: "My qualities" },
			prompt: {
				nl: "Welke van je kwaliteiten zette je in, en waar sloeg een kwaliteit door naar een valkuil?",
				en: "Which of your qualities did you use, and where did a quality tip over into a pitfall?",
			},
		},
		{
			heading: { nl: "Mijn vraag in één zin", en: "My question in one sentence" },
			prompt: {
				nl: "Wat wil je weten, in de ik-vorm en open gesteld?",
				en: "What do you want to know, in the first person and asked openly?",
			},
		},
	],
};
