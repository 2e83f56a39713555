import type { ReflectionModel } from "./reflection-model";

/** Gibbs' reflective cycle: from the facts, through feelings and judgement, to a plan. */
export const GIBBS: ReflectionModel = {
	id: "gibbs",
	name: { nl: "Reflectiecyclus van Gibbs", en: "Gibbs' reflective cycle" },
	description: {
		nl: "Zes stappen: van wat er gebeurde, via je gevoel, een oordeel en een verklaring, naar een actieplan.",
		en: "Six steps: from what happened, through your feelings, a judgement and an explanation, to an action plan.",
	},
	sections: [
		{
			heading: { nl: "Beschrijving", en: "Description" },
			prompt: {
				nl: "Wat gebeurde er, zo feitelijk mogelijk: wie waren erbij, waar en wanneer, en wat deed ieder?",
				en: "What happened, as factually as you can: who was there, where and when, and what did each person do?",
			},
		},
		{
			heading: { nl: "Gevoelens", en: "Feelings" },
			prompt: {
				nl: "Wat voelde en dacht je ervoor, tijdens en erna?",
				en: "What did you feel and think before, during and after?",
			},
		},
		{
			heading: { nl: "Evaluatie", en: "Evaluation" },
			prompt: {
				nl: "Wat ging er goed en wat minder goed? Noem van allebei iets concreets.",
				en: "What went well and what went less well? Name something concrete for both.",
			},
		},
		{
			heading: { nl: "Analyse", en: "Analysis" },
			prompt: {
				nl: "Hoe verklaar je wat er gebeurde? Wat helpt je daarbij: de bespreking, een theorie, eerdere ervaringen?",
				en: "How do you explain what happened? What helps you here: the discussion, a theory, earlier experiences?",
			},
		},
		{
			heading: { nl: "Conclusie", en: "Conclusion" },
			prompt: {
				nl: "Wat had je nog meer kunnen doen, en wat heb je hiervan geleerd?",
				en: "What else could you have done, and what have you learned from this?",
			},
		},
		{
			heading: { nl: "Actieplan", en: "Action plan" },
			prompt: {
				nl: "Wat doe je als zoiets weer gebeurt? Zet de concrete stappen als taak bij je volgende acties.",
				en: "What will you do when something like this happens again? Put the concrete steps as tasks under your next actions.",
			},
		},
	],
};
