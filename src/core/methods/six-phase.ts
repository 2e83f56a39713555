import type { IntervisieMethod } from "./method";

/** The basic structure most groups start with; the default method. */
export const SIX_PHASE: IntervisieMethod = {
	id: "six-phase",
	name: { nl: "Zesfasenmodel", en: "Six-phase model" },
	description: {
		nl: "De basisvorm: eerst het probleem helder krijgen, dan analyseren, bewust worden, adviseren, een groepsthema en evalueren.",
		en: "The basic form: first get the problem clear, then analyse, build awareness, advise, find a group theme and evaluate.",
	},
	steps: [
		{ id: "inventory", name: { nl: "Probleem inventariseren", en: "Problem inventory" }, minutes: 10 },
		{ id: "analysis", name: { nl: "Analyse", en: "Analysis" }, minutes: 15 },
		{ id: "awareness", name: { nl: "Bewustwording", en: "Awareness" }, minutes: 10 },
		{ id: "advice", name: { nl: "Advies", en: "Advice" }, minutes: 15 },
		{ id: "theme", name: { nl: "Groepsthema", en: "Group theme" }, minutes: 10 },
		{ id: "evaluation", name: { nl: "Evaluatie", en: "Evaluation" }, minutes: 10 },
	],
	roles: ["case-bringer", "facilitator", "note-taker", "participants"],
	fits: {
		nl: "Elke groep; de vaste basisstructuur en daarom de standaard.",
		en: "Any group; the standard basic structure and therefore the default.",
	},
	preparation: [
		{
			heading: { nl: "De situatie", en: "The situation" },
			prompt: {
				nl: "Vertel feitelijk wat er gebeurde: wie waren erbij, in welke rol, en wat was het kritieke moment?",
				en: "Tell what happened, factually: who was involved, in which role, and what was the critical moment?",
			},
		},
		{
			heading: { nl: "Wat ik al heb geprobeerd", en: "What I have tried" },
			prompt: {
				nl: "Wat heb je tot nu toe gedaan, en wat leverde dat op?",
				en: "What have you done so far, and what came of it?",
			},
		},
		{
			heading: { nl: "Mijn eigen aandeel", en: "My own part" },
			prompt: {
				nl: "Welke rol speel jij zelf? Wat dacht en voelde je op het kritieke moment?",
				en: "What part do you play yourself? What did you think and feel at the critical moment?",
			},
		},
		{
			heading: { nl: "Wat ik van de groep vraag", en: "What I ask of the group" },
			prompt: {
				nl: "Wil je vooral vragen die je aan het denken zetten, een analyse, of adviezen? Gaat het om wat zichtbaar is of om wat eronder ligt?",
				en: "Do you mostly want questions that make you think, an analysis, or advice? Is it about what shows, or what lies underneath?",
			},
		},
	],
};
