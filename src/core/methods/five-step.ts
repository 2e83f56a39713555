import type { IntervisieMethod } from "./method";
import { CONCRETE_SITUATION, OPEN_QUESTION, WHAT_I_TRIED } from "./shared-prompts";

/** Five-step problem solving: explore, name the core problem together, then advise. */
export const FIVE_STEP: IntervisieMethod = {
	id: "five-step",
	name: { nl: "Probleemoplossende vijfstappenmethode", en: "Five-step problem solving" },
	description: {
		nl: "Een overzichtelijke vorm: de groep verkent de vraag, benoemt samen het kernprobleem en geeft elk minstens één advies.",
		en: "A clear-cut form: the group explores the question, names the core problem together and each gives at least one piece of advice.",
	},
	steps: [
		{ id: "introduction", name: { nl: "Vraag toelichten", en: "Introduce the question" }, minutes: 5 },
		{ id: "exploration", name: { nl: "Verkennen met vragen en samenvattingen", en: "Explore with questions and summaries" }, minutes: 20 },
		{ id: "core-problem", name: { nl: "Kernprobleem formuleren", en: "Formulate the core problem" }, minutes: 10 },
		{ id: "advice", name: { nl: "Adviesronde; wat landt er?", en: "Advice round; what lands?" }, minutes: 15 },
		{ id: "evaluation", name: { nl: "Evaluatie", en: "Evaluation" }, minutes: 10 },
	],
	roles: ["case-bringer", "facilitator", "note-taker", "participants"],
	fits: {
		nl: "Elke groep, ook een beginnende.",
		en: "Any group, beginners included.",
	},
	preparation: [CONCRETE_SITUATION, WHAT_I_TRIED, OPEN_QUESTION],
};
