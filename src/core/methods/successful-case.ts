import type { IntervisieMethod } from "./method";

/** Appreciative peer consultation: learn from what went well instead of from a problem. */
export const SUCCESSFUL_CASE: IntervisieMethod = {
	id: "successful-case",
	name: { nl: "Waarderende intervisie", en: "Successful case" },
	description: {
		nl: "De inbrenger vertelt een succes; de groep zoekt wat het liet slagen, in jezelf en in je omgeving, en wat de groep daarvan leert.",
		en: "The case-bringer tells a success; the group looks for what made it work, in yourself and in your surroundings, and what the group learns from it.",
	},
	steps: [
		{ id: "story", name: { nl: "Het succesverhaal", en: "The success story" }, minutes: 15 },
		{ id: "factors", name: { nl: "Succesfactoren in twee kolommen", en: "Success factors in two columns" }, minutes: 20 },
		{ id: "deepening", name: { nl: "Verdiepen: verborgen factoren", en: "Deepen: hidden factors" }, minutes: 15 },
		{ id: "evaluation", name: { nl: "Evaluatie: wat leren we?", en: "Evaluation: what do we learn?" }, minutes: 10 },
	],
	roles: ["case-bringer", "facilitator", "note-taker", "participants"],
	fits: {
		nl: "Groepen die energie willen opdoen en vanuit sterke punten willen werken.",
		en: "Groups that want to gain energy and work from strengths.",
	},
	preparation: [
		{
			heading: { nl: "Mijn succesverhaal", en: "My success story" },
			prompt: {
				nl: "Beschrijf de situatie waarin iets goed ging: wat gebeurde er, wie waren erbij, en wanneer wist je dat het lukte?",
				en: "Describe the situation in which something went well: what happened, who was there, and when did you know it worked?",
			},
		},
		{
			heading: { nl: "Mijn eigen aandeel", en: "My own part" },
			prompt: {
				nl: "Wat deed jij, en welke eigen kwaliteiten zette je daarbij in?",
				en: "What did you do, and which of your own qualities did you bring to it?",
			},
		},
		{
			heading: { nl: "Wat de omgeving bijdroeg", en: "What the surroundings added" },
			prompt: {
				nl: "Welke omstandigheden en welke hulp van anderen maakten het mogelijk?",
				en: "Which circumstances and which help from others made it possible?",
			},
		},
		{
			heading: { nl: "Wat ik wil leren", en: "What I want to learn" },
			prompt: {
				nl: "Formuleer je vraag in één zin: hoe kan ik dit succes vaker of elders laten gebeuren?",
				en: "Put your question in one sentence: how can I make this success happen more often or elsewhere?",
			},
		},
	],
};
