import type { IntervisieMethod } from "./method";
import { OPEN_QUESTION, WHAT_I_TRIED } from "./shared-prompts";

/** The ten-step method: slow and thorough, with the case-bringer rating questions and redefining the problem. */
export const TEN_STEP: IntervisieMethod = {
	id: "ten-step",
	name: { nl: "10-stappenmethode", en: "Ten-step method" },
	description: {
		nl: "Een grondige, tijdrovende vorm: de inbrenger waardeert de vragen, herformuleert het kernprobleem en kiest een nieuwe aanpak.",
		en: "A thorough, time-consuming form: the case-bringer rates the questions, reframes the core problem and chooses a new approach.",
	},
	steps: [
		{ id: "situation", name: { nl: "Situatie beschrijven", en: "Describe the situation" }, minutes: 5 },
		{ id: "write-questions", name: { nl: "Verhelderende vragen opschrijven", en: "Write clarifying questions" }, minutes: 5 },
		{ id: "rate-questions", name: { nl: "Inbrenger waardeert de vragen", en: "Case-bringer rates the questions" }, minutes: 5 },
		{ id: "answers", name: { nl: "Vragen beantwoorden", en: "Answer the questions" }, minutes: 10 },
		{ id: "extra-round", name: { nl: "Extra vragenronde", en: "Extra round of questions" }, minutes: 10 },
		{ id: "core-problem", name: { nl: "Groep benoemt het kernprobleem", en: "Group names the core problem" }, minutes: 10 },
		{ id: "redefine", name: { nl: "Inbrenger herformuleert", en: "Case-bringer reframes" }, minutes: 5 },
		{ id: "new-approach", name: { nl: "Nieuwe aanpak en bereidheid tot verandering", en: "New approach and readiness to change" }, minutes: 5 },
		{ id: "tips", name: { nl: "Tips en adviezen", en: "Tips and advice" }, minutes: 10 },
		{ id: "own-insights", name: { nl: "Eigen inzichten van de deelnemers", en: "Participants' own insights" }, minutes: 5 },
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
