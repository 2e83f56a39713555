import type { IntervisieMethod } from "./method";
import { CONCRETE_SITUATION, OPEN_QUESTION } from "./shared-prompts";
import { ADVICE_AS_I, ASK_DONT_ADVISE, CASE_BRINGER_LISTENS, FIRST_STEP, NO_HIDDEN_ADVICE, OPEN_QUESTIONS, QUESTION_CHECK, WRITE_ALONE } from "./step-reminders";

/** A compact incident round of about fifty minutes, easy for a new group to run. */
export const INCIDENT_SHORT: IntervisieMethod = {
	id: "incident-short",
	name: { nl: "Incidentmethode (kort)", en: "Incident method (short)" },
	description: {
		nl: "Een strakke versie van ongeveer vijftig minuten: eerst alleen feitelijke vragen, dan analyse en adviezen, en de inbrenger kiest wat helpt.",
		en: "A tight version of about fifty minutes: factual questions only at first, then analysis and advice, and the case-bringer picks what helps.",
	},
	steps: [
		{
			id: "introduction",
			name: { nl: "Inleiding", en: "Introduction" },
			minutes: 3,
			purpose: {
				nl: "De inbrenger schetst in grote lijnen het voorval en zijn vraag.",
				en: "The case-bringer outlines the incident and their question.",
			},
			prompts: [{ nl: "Alleen de hoofdlijn, details komen later", en: "Headlines only, details come later" }, QUESTION_CHECK],
		},
		{
			id: "silent-questions",
			name: { nl: "In stilte vragen noteren", en: "Note questions in silence" },
			minutes: 5,
			purpose: {
				nl: "Ieder bedenkt rustig welke vragen hij wil stellen, voordat het gesprek begint.",
				en: "Everyone calmly works out which questions they want to ask, before the talking starts.",
			},
			prompts: [WRITE_ALONE],
		},
		{
			id: "fact-finding",
			questionRound: true,
			name: { nl: "Open feitelijke vragen, geen adviezen", en: "Open factual questions, no advice" },
			minutes: 15,
			purpose: {
				nl: "Met open, feitelijke vragen boven water krijgen wat er gebeurde, nog zonder oplossingen.",
				en: "Bring out what happened through open, factual questions, still without solutions.",
			},
			prompts: [ASK_DONT_ADVISE, OPEN_QUESTIONS, NO_HIDDEN_ADVICE],
		},
		{
			id: "analysis",
			name: { nl: "Analyse", en: "Analysis" },
			minutes: 10,
			purpose: {
				nl: "De groep benoemt wat zij als de kern van het probleem ziet.",
				en: "The group names what it sees as the core of the problem.",
			},
			prompts: [
				{ nl: "De kern in één zin", en: "The core in one sentence" },
				{ nl: "Herkent de inbrenger zich erin?", en: "Does the case-bringer recognise it?" },
			],
		},
		{
			id: "advice",
			name: { nl: "Adviesronde", en: "Advice round" },
			minutes: 10,
			purpose: {
				nl: "Ieder geeft een advies waarmee de inbrenger morgen aan de slag kan.",
				en: "Everyone gives a piece of advice the case-bringer can act on tomorrow.",
			},
			prompts: [ADVICE_AS_I, CASE_BRINGER_LISTENS],
		},
		{
			id: "closing",
			name: { nl: "Welke adviezen helpen", en: "Which advice helps" },
			minutes: 5,
			purpose: {
				nl: "De inbrenger zegt welke adviezen hem helpen en wat hij ermee gaat doen.",
				en: "The case-bringer says which advice helps them and what they will do with it.",
			},
			prompts: [{ nl: "Welk advies past, en waarom?", en: "Which advice fits, and why?" }, FIRST_STEP],
		},
	],
	roles: ["case-bringer", "facilitator", "timekeeper", "participants"],
	fits: {
		nl: "Nieuwe groepen en groepen zonder externe begeleider.",
		en: "New groups and groups without an outside facilitator.",
	},
	preparation: [
		CONCRETE_SITUATION,
		{
			heading: { nl: "Wat ik al deed", en: "What I already did" },
			prompt: {
				nl: "Wat heb je geprobeerd, en wat kwam daarvan terecht?",
				en: "What did you try, and how did it turn out?",
			},
		},
		OPEN_QUESTION,
	],
};
