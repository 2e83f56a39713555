import type { IntervisieMethod } from "./method";
import { CONCRETE_SITUATION, OPEN_QUESTION, WHAT_I_TRIED } from "./shared-prompts";
import { ABOUT_THE_PROCESS, ADVICE_AS_I, ASK_DONT_ADVISE, CASE_BRINGER_LISTENS, NEXT_ROLES, OPEN_QUESTIONS, QUESTION_CHECK, SUMMARISE } from "./step-reminders";

/** Five-step problem solving: explore, name the core problem together, then advise. */
export const FIVE_STEP: IntervisieMethod = {
	id: "five-step",
	name: { nl: "Probleemoplossende vijfstappenmethode", en: "Five-step problem solving" },
	description: {
		nl: "Een overzichtelijke vorm: de groep verkent de vraag, benoemt samen het kernprobleem en geeft elk minstens één advies.",
		en: "A clear-cut form: the group explores the question, names the core problem together and each gives at least one piece of advice.",
	},
	steps: [
		{
			id: "introduction",
			name: { nl: "Vraag toelichten", en: "Introduce the question" },
			minutes: 5,
			purpose: {
				nl: "De inbrenger zet de situatie en zijn vraag uiteen.",
				en: "The case-bringer sets out the situation and their question.",
			},
			prompts: [QUESTION_CHECK],
		},
		{
			id: "exploration",
			questionRound: true,
			name: { nl: "Verkennen met vragen en samenvattingen", en: "Explore with questions and summaries" },
			minutes: 20,
			purpose: {
				nl: "Het probleem met vragen verkennen en met samenvattingen toetsen of de groep het goed begrijpt.",
				en: "Explore the problem with questions, and test with summaries whether the group understands it.",
			},
			prompts: [ASK_DONT_ADVISE, OPEN_QUESTIONS, SUMMARISE],
		},
		{
			id: "core-problem",
			name: { nl: "Kernprobleem formuleren", en: "Formulate the core problem" },
			minutes: 10,
			purpose: {
				nl: "Samen één formulering van het kernprobleem vinden waarin de inbrenger zich herkent.",
				en: "Find one wording of the core problem together that the case-bringer recognises.",
			},
			prompts: [
				{ nl: "Eén zin, vanuit de inbrenger", en: "One sentence, from the case-bringer's side" },
				{ nl: "De inbrenger bepaalt of het klopt", en: "The case-bringer decides whether it fits" },
			],
		},
		{
			id: "advice",
			name: { nl: "Adviesronde; wat landt er?", en: "Advice round; what lands?" },
			minutes: 15,
			purpose: {
				nl: "Ieder geeft minstens één advies op het kernprobleem; de inbrenger zegt welke landen.",
				en: "Everyone gives at least one piece of advice on the core problem; the case-bringer says which land.",
			},
			prompts: [ADVICE_AS_I, CASE_BRINGER_LISTENS, { nl: "Welk advies landt, en waarom?", en: "Which advice lands, and why?" }],
		},
		{
			id: "evaluation",
			name: { nl: "Evaluatie", en: "Evaluation" },
			minutes: 10,
			purpose: {
				nl: "Terugkijken op de werkwijze en de rollen voor de volgende keer verdelen.",
				en: "Look back on the way of working and share out the roles for next time.",
			},
			prompts: [ABOUT_THE_PROCESS, NEXT_ROLES],
		},
	],
	roles: ["case-bringer", "facilitator", "note-taker", "participants"],
	fits: {
		nl: "Elke groep, ook een beginnende.",
		en: "Any group, beginners included.",
	},
	preparation: [CONCRETE_SITUATION, WHAT_I_TRIED, OPEN_QUESTION],
};
