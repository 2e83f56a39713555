import type { IntervisieMethod } from "./method";
import { ASK_DONT_ADVISE, NEXT_ROLES, QUESTION_CHECK, WRITE_ALONE } from "./step-reminders";

/** The seven-step qualities model: the case seen through core qualities (quality, pitfall, challenge, allergy). */
export const QUALITIES: IntervisieMethod = {
	id: "qualities",
	name: { nl: "Zevenstappen kwaliteitenmodel", en: "Seven-step qualities model" },
	description: {
		nl: "De groep kijkt welke kwaliteiten de inbrenger in de situatie inzette, en waar de uitdaging ligt, met de kernkwadranten als bril.",
		en: "The group looks at which qualities the case-bringer used in the situation, and where the challenge lies, through the lens of core quadrants.",
	},
	steps: [
		{
			id: "situation",
			name: { nl: "Situatie en vraag", en: "Situation and question" },
			minutes: 5,
			purpose: {
				nl: "De inbrenger beschrijft de situatie en stelt zijn vraag.",
				en: "The case-bringer describes the situation and asks their question.",
			},
			prompts: [QUESTION_CHECK],
		},
		{
			id: "questions",
			questionRound: true,
			name: { nl: "Twee vragen per persoon", en: "Two questions per person" },
			minutes: 10,
			purpose: {
				nl: "Ieder stelt twee vragen om het handelen van de inbrenger in de situatie te begrijpen.",
				en: "Everyone asks two questions to understand how the case-bringer acted in the situation.",
			},
			prompts: [{ nl: "Twee vragen per persoon", en: "Two questions each" }, ASK_DONT_ADVISE],
		},
		{
			id: "answers",
			name: { nl: "Antwoorden zonder discussie", en: "Answers without discussion" },
			minutes: 10,
			purpose: {
				nl: "De inbrenger beantwoordt alle vragen; de groep reageert nog niet.",
				en: "The case-bringer answers all questions; the group does not respond yet.",
			},
			prompts: [{ nl: "Geen discussie, geen vervolgvragen", en: "No discussion, no follow-up questions" }],
		},
		{
			id: "quality-round",
			name: { nl: "Ronde: welke kwaliteit zette de inbrenger in?", en: "Round: which quality did the case-bringer use?" },
			minutes: 10,
			purpose: {
				nl: "Ieder benoemt een kernkwaliteit die de inbrenger in de situatie liet zien.",
				en: "Everyone names a core quality the case-bringer showed in the situation.",
			},
			prompts: [
				{ nl: "Noem de kwaliteit en waar je die zag", en: "Name the quality and where you saw it" },
				{ nl: "Denk in kwadranten: kwaliteit, valkuil, uitdaging, allergie", en: "Think in quadrants: quality, pitfall, challenge, allergy" },
			],
		},
		{
			id: "your-challenge",
			name: { nl: "Ieder schrijft: \"jouw uitdaging is …\"", en: "Each writes: \"your challenge is …\"" },
			minutes: 10,
			purpose: {
				nl: "Ieder formuleert de uitdaging die hij voor de inbrenger ziet: het positieve tegendeel van de valkuil.",
				en: "Everyone words the challenge they see for the case-bringer: the positive opposite of the pitfall.",
			},
			prompts: [WRITE_ALONE, { nl: "Begin met \"Jouw uitdaging is …\"", en: "Start with \"Your challenge is …\"" }],
		},
		{
			id: "my-challenge",
			name: { nl: "Inbrenger schrijft: \"mijn uitdaging is …\"", en: "Case-bringer writes: \"my challenge is …\"" },
			minutes: 5,
			purpose: {
				nl: "De inbrenger kiest uit wat hij hoorde zijn eigen uitdaging.",
				en: "From what they heard, the case-bringer chooses their own challenge.",
			},
			prompts: [
				{ nl: "Begin met \"Mijn uitdaging is …\"", en: "Start with \"My challenge is …\"" },
				{ nl: "Wat ga je als eerste oefenen?", en: "What will you practise first?" },
			],
		},
		{
			id: "take-away",
			name: { nl: "Wat de anderen meenemen", en: "What the others take away" },
			minutes: 10,
			purpose: {
				nl: "De anderen zeggen wat de casus hun leert over hun eigen kwaliteiten en uitdagingen.",
				en: "The others say what the case teaches them about their own qualities and challenges.",
			},
			prompts: [{ nl: "Wat zegt dit over jouw eigen kwaliteit?", en: "What does this say about your own quality?" }, NEXT_ROLES],
		},
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
