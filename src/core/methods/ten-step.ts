import type { IntervisieMethod } from "./method";
import { OPEN_QUESTION, WHAT_I_TRIED } from "./shared-prompts";
import { ADVICE_AS_I, ASK_DONT_ADVISE, CASE_BRINGER_LISTENS, NEXT_ROLES, NO_HIDDEN_ADVICE, OPEN_QUESTIONS, WRITE_ALONE } from "./step-reminders";

/** The ten-step method: slow and thorough, with the case-bringer rating questions and redefining the problem. */
export const TEN_STEP: IntervisieMethod = {
	id: "ten-step",
	name: { nl: "10-stappenmethode", en: "Ten-step method" },
	description: {
		nl: "Een grondige, tijdrovende vorm: de inbrenger waardeert de vragen, herformuleert het kernprobleem en kiest een nieuwe aanpak.",
		en: "A thorough, time-consuming form: the case-bringer rates the questions, reframes the core problem and chooses a new approach.",
	},
	steps: [
		{
			id: "situation",
			name: { nl: "Situatie beschrijven", en: "Describe the situation" },
			minutes: 5,
			purpose: {
				nl: "De inbrenger beschrijft de situatie, zijn eigen rol en het ongewenste effect.",
				en: "The case-bringer describes the situation, their own role and the unwanted effect.",
			},
			prompts: [
				{ nl: "Wat is het ongewenste effect?", en: "What is the unwanted effect?" },
				{ nl: "Ook de eigen rol, niet alleen die van anderen", en: "Their own role too, not only that of others" },
			],
		},
		{
			id: "write-questions",
			name: { nl: "Verhelderende vragen opschrijven", en: "Write clarifying questions" },
			minutes: 5,
			purpose: {
				nl: "Ieder schrijft vragen op die de situatie helderder kunnen maken.",
				en: "Everyone writes down questions that could make the situation clearer.",
			},
			prompts: [WRITE_ALONE, OPEN_QUESTIONS],
		},
		{
			id: "rate-questions",
			name: { nl: "Inbrenger waardeert de vragen", en: "Case-bringer rates the questions" },
			minutes: 5,
			purpose: {
				nl: "De inbrenger leest de vragen en geeft aan welke hem het meest verder helpen.",
				en: "The case-bringer reads the questions and marks which ones help them most.",
			},
			prompts: [
				{ nl: "Welke vragen raken de kern?", en: "Which questions touch the core?" },
				{ nl: "Nog niet beantwoorden", en: "No answers yet" },
			],
		},
		{
			id: "answers",
			questionRound: true,
			name: { nl: "Vragen beantwoorden", en: "Answer the questions" },
			minutes: 10,
			purpose: {
				nl: "De inbrenger beantwoordt de vragen, de nuttigste eerst.",
				en: "The case-bringer answers the questions, the most useful first.",
			},
			prompts: [{ nl: "De groep luistert, nog geen discussie", en: "The group listens, no discussion yet" }],
		},
		{
			id: "extra-round",
			questionRound: true,
			name: { nl: "Extra vragenronde", en: "Extra round of questions" },
			minutes: 10,
			purpose: {
				nl: "Met een nieuwe ronde vragen de laatste gaten in het beeld dichten.",
				en: "Close the last gaps in the picture with a further round of questions.",
			},
			prompts: [ASK_DONT_ADVISE, NO_HIDDEN_ADVICE],
		},
		{
			id: "core-problem",
			name: { nl: "Groep benoemt het kernprobleem", en: "Group names the core problem" },
			minutes: 10,
			purpose: {
				nl: "Ieder zegt wat hij als het kernprobleem ziet.",
				en: "Everyone says what they see as the core problem.",
			},
			prompts: [{ nl: "Eén zin per persoon", en: "One sentence each" }, CASE_BRINGER_LISTENS],
		},
		{
			id: "redefine",
			name: { nl: "Inbrenger herformuleert", en: "Case-bringer reframes" },
			minutes: 5,
			purpose: {
				nl: "De inbrenger zegt in eigen woorden wat nu volgens hem het probleem is.",
				en: "The case-bringer says in their own words what they now think the problem is.",
			},
			prompts: [{ nl: "In de ik-vorm: \"Mijn probleem is …\"", en: "In the first person: \"My problem is …\"" }],
		},
		{
			id: "new-approach",
			name: { nl: "Nieuwe aanpak en bereidheid tot verandering", en: "New approach and readiness to change" },
			minutes: 5,
			purpose: {
				nl: "De inbrenger schetst een nieuwe aanpak en hoe ver hij bereid is zelf te veranderen.",
				en: "The case-bringer outlines a new approach and how far they are willing to change themselves.",
			},
			prompts: [
				{ nl: "Wat ga je anders doen?", en: "What will you do differently?" },
				{ nl: "Waar ligt je grens?", en: "Where is your limit?" },
			],
		},
		{
			id: "tips",
			name: { nl: "Tips en adviezen", en: "Tips and advice" },
			minutes: 10,
			purpose: {
				nl: "De groep geeft tips die de nieuwe aanpak van de inbrenger ondersteunen.",
				en: "The group gives tips that support the case-bringer's new approach.",
			},
			prompts: [ADVICE_AS_I, CASE_BRINGER_LISTENS],
		},
		{
			id: "own-insights",
			name: { nl: "Eigen inzichten van de deelnemers", en: "Participants' own insights" },
			minutes: 5,
			purpose: {
				nl: "Ieder benoemt wat de casus hem leert voor zijn eigen werk.",
				en: "Everyone names what the case teaches them for their own work.",
			},
			prompts: [{ nl: "Wat neem je mee naar je eigen praktijk?", en: "What do you take into your own practice?" }, NEXT_ROLES],
		},
	],
	roles: ["case-bringer", "facilitator", "note-taker", "timekeeper", "participants"],
	fits: {
		nl: "Beginnende groepen die er de tijd voor nemen.",
		en: "Beginning groups willing to take their time.",
	},
	preparation: [
		{
			heading: { nl: "De situatie", en: "The situation" },
			prompt: {
				nl: "Wat speelde er, wat was jouw rol, en welk ongewenst effect wil je kwijt?",
				en: "What was going on, what was your role, and which unwanted effect do you want to lose?",
			},
		},
		WHAT_I_TRIED,
		{
			heading: { nl: "Bereid om te veranderen", en: "Ready to change" },
			prompt: {
				nl: "Wat ben je bereid zelf anders te doen, en waar ligt je grens?",
				en: "What are you willing to do differently yourself, and where is your limit?",
			},
		},
		OPEN_QUESTION,
	],
};
