import type { IntervisieMethod } from "./method";
import { NEXT_ROLES, OPEN_QUESTIONS } from "./step-reminders";

/** Appreciative peer consultation: learn from what went well instead of from a problem. */
export const SUCCESSFUL_CASE: IntervisieMethod = {
	id: "successful-case",
	name: { nl: "Waarderende intervisie", en: "Successful case" },
	description: {
		nl: "De inbrenger vertelt een succes; de groep zoekt wat het liet slagen, in jezelf en in je omgeving, en wat de groep daarvan leert.",
		en: "The case-bringer tells a success; the group looks for what made it work, in yourself and in your surroundings, and what the group learns from it.",
	},
	steps: [
		{
			id: "story",
			name: { nl: "Het succesverhaal", en: "The success story" },
			minutes: 15,
			purpose: {
				nl: "De inbrenger vertelt over iets wat goed ging, zo precies dat de groep kan nagaan waarom.",
				en: "The case-bringer tells about something that went well, in enough detail for the group to trace why.",
			},
			prompts: [
				{ nl: "Stap voor stap: wat gebeurde er?", en: "Step by step: what happened?" },
				{ nl: "De groep noteert wat opvalt", en: "The group notes what stands out" },
			],
		},
		{
			id: "factors",
			name: { nl: "Succesfactoren in twee kolommen", en: "Success factors in two columns" },
			minutes: 20,
			purpose: {
				nl: "De succesfactoren verzamelen: wat de inbrenger zelf inbracht, en wat de omgeving bijdroeg.",
				en: "Collect the success factors: what the case-bringer brought themselves, and what the surroundings added.",
			},
			prompts: [
				{ nl: "Kolom 1: eigen kwaliteiten en handelen", en: "Column 1: own qualities and actions" },
				{ nl: "Kolom 2: omstandigheden en hulp van anderen", en: "Column 2: circumstances and help from others" },
			],
		},
		{
			id: "deepening",
			questionRound: true,
			name: { nl: "Verdiepen: verborgen factoren", en: "Deepen: hidden factors" },
			minutes: 15,
			purpose: {
				nl: "Doorvragen naar factoren die nog niet zichtbaar waren, zoals keuzes vooraf en overtuigingen.",
				en: "Probe for factors not yet visible, such as earlier choices and beliefs.",
			},
			prompts: [
				{ nl: "Wat ging eraan vooraf, wat lag eronder?", en: "What came before, what lay beneath?" },
				OPEN_QUESTIONS,
			],
		},
		{
			id: "evaluation",
			name: { nl: "Evaluatie: wat leren we?", en: "Evaluation: what do we learn?" },
			minutes: 10,
			purpose: {
				nl: "Vaststellen wat de groep van dit succes leert en hoe het vaker kan lukken.",
				en: "Establish what the group learns from this success and how it can happen more often.",
			},
			prompts: [
				{ nl: "Wat kan ieder morgen al gebruiken?", en: "What can each of us use tomorrow?" },
				NEXT_ROLES,
			],
		},
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
