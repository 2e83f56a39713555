import type { IntervisieMethod } from "./method";
import { CONCRETE_SITUATION, OPEN_QUESTION } from "./shared-prompts";

/** A compact incident round of about fifty minutes, easy for a new group to run. */
export const INCIDENT_SHORT: IntervisieMethod = {
	id: "incident-short",
	name: { nl: "Incidentmethode (kort)", en: "Incident method (short)" },
	description: {
		nl: "Een strakke versie van ongeveer vijftig minuten: eerst alleen feitelijke vragen, dan analyse en adviezen, en de inbrenger kiest wat helpt.",
		en: "A tight version of about fifty minutes: factual questions only at first, then analysis and advice, and the case-bringer picks what helps.",
	},
	steps: [
		{ id: "introduction", name: { nl: "Inleiding", en: "Introduction" }, minutes: 3 },
		{ id: "silent-questions", name: { nl: "In stilte vragen noteren", en: "Note questions in silence" }, minutes: 5 },
		{ id: "fact-finding", name: { nl: "Open feitelijke vragen, geen adviezen", en: "Open factual questions, no advice" }, minutes: 15 },
		{ id: "analysis", name: { nl: "Analyse", en: "Analysis" }, minutes: 10 },
		{ id: "advice", name: { nl: "Adviesronde", en: "Advice round" }, minutes: 10 },
		{ id: "closing", name: { nl: "Welke adviezen helpen", en: "Which advice helps" }, minutes: 5 },
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
