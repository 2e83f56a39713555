import type { IntervisieMethod } from "./method";
import { ABOUT_THE_PROCESS, ADVICE_AS_I, ASK_DONT_ADVISE, CASE_BRINGER_LISTENS, NEXT_ROLES, OPEN_QUESTIONS, QUESTION_CHECK, SUMMARISE } from "./step-reminders";

/** The basic structure most groups start with; the default method. */
export const SIX_PHASE: IntervisieMethod = {
	id: "six-phase",
	name: { nl: "Zesfasenmodel", en: "Six-phase model" },
	description: {
		nl: "De basisvorm: eerst het probleem helder krijgen, dan analyseren, bewust worden, adviseren, een groepsthema en evalueren.",
		en: "The basic form: first get the problem clear, then analyse, build awareness, advise, find a group theme and evaluate.",
	},
	steps: [
		{
			id: "inventory",
			name: { nl: "Probleem inventariseren", en: "Problem inventory" },
			minutes: 10,
			purpose: {
				nl: "De inbrenger zet situatie en vraag neer, zodat de hele groep weet waar de casus over gaat.",
				en: "The case-bringer lays out the situation and the question, so the whole group knows what the case is about.",
			},
			prompts: [
				QUESTION_CHECK,
				{ nl: "Zet de vraag op een plek waar iedereen hem ziet", en: "Put the question where everyone can see it" },
			],
		},
		{
			id: "analysis",
			questionRound: true,
			name: { nl: "Analyse", en: "Analysis" },
			minutes: 15,
			purpose: {
				nl: "Met vragen de situatie uitpluizen tot de groep begrijpt wat er speelt en welk aandeel de inbrenger heeft.",
				en: "Unpick the situation with questions until the group understands what is going on and what part the case-bringer plays.",
			},
			prompts: [ASK_DONT_ADVISE, OPEN_QUESTIONS, SUMMARISE],
		},
		{
			id: "awareness",
			questionRound: true,
			name: { nl: "Bewustwording", en: "Awareness" },
			minutes: 10,
			purpose: {
				nl: "De inbrenger laten zien welke patronen, gevoelens en overtuigingen onder zijn handelen liggen, en de vraag zo nodig aanscherpen.",
				en: "Help the case-bringer see the patterns, feelings and beliefs beneath their actions, and sharpen the question if needed.",
			},
			prompts: [
				{ nl: "Vraag ook naar gedachten en gevoelens, niet alleen naar feiten", en: "Ask about thoughts and feelings too, not only facts" },
				{ nl: "Past de vraag nog? Laat de inbrenger hem herschrijven", en: "Does the question still fit? Let the case-bringer rewrite it" },
			],
		},
		{
			id: "advice",
			name: { nl: "Advies", en: "Advice" },
			minutes: 15,
			purpose: {
				nl: "Ideeën en mogelijkheden aanreiken bij de (aangescherpte) vraag, waaruit de inbrenger zelf kiest.",
				en: "Offer ideas and options for the (sharpened) question, from which the case-bringer chooses for themselves.",
			},
			prompts: [
				ADVICE_AS_I,
				CASE_BRINGER_LISTENS,
				{ nl: "Sluit af: wat neemt de inbrenger mee?", en: "Close with: what does the case-bringer take away?" },
			],
		},
		{
			id: "theme",
			name: { nl: "Groepsthema", en: "Group theme" },
			minutes: 10,
			purpose: {
				nl: "De casus optillen naar een thema dat iedereen herkent, zodat de hele groep ervan leert.",
				en: "Lift the case to a theme everyone recognises, so the whole group learns from it.",
			},
			prompts: [
				{ nl: "Wat zegt deze casus over ons werk?", en: "What does this case say about our work?" },
				{ nl: "Ieder noemt wat hij herkent uit eigen praktijk", en: "Everyone names what they recognise from their own work" },
			],
		},
		{
			id: "evaluation",
			name: { nl: "Evaluatie", en: "Evaluation" },
			minutes: 10,
			purpose: {
				nl: "Terugkijken op hoe de bijeenkomst liep en afspreken wie de volgende keer welke rol heeft.",
				en: "Look back on how the session went and agree who takes which role next time.",
			},
			prompts: [ABOUT_THE_PROCESS, NEXT_ROLES],
		},
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
