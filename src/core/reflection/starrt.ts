import type { ReflectionModel } from "./reflection-model";

/** STARR with the optional T: one concrete situation, told step by step, then carried over to others. */
export const STARRT: ReflectionModel = {
	id: "starrt",
	name: { nl: "STARR(T)", en: "STARR(T)" },
	description: {
		nl: "Eén situatie stap voor stap: situatie, taak, actie, resultaat, reflectie, en transfer naar andere situaties.",
		en: "One situation step by step: situation, task, action, result, reflection, and transfer to other situations.",
	},
	sections: [
		{
			heading: { nl: "Situatie", en: "Situation" },
			prompt: {
				nl: "In welke situatie speelde het: waar, wanneer en met wie?",
				en: "In which situation did it take place: where, when and with whom?",
			},
		},
		{
			heading: { nl: "Taak", en: "Task" },
			prompt: {
				nl: "Wat was jouw rol, en wat wilde je bereiken of werd er van je verwacht?",
				en: "What was your role, and what did you want to achieve or what was expected of you?",
			},
		},
		{
			heading: { nl: "Actie", en: "Action" },
			prompt: {
				nl: "Wat deed en zei je concreet? Beschrijf je eigen gedrag.",
				en: "What did you actually do and say? Describe your own behaviour.",
			},
		},
		{
			heading: { nl: "Resultaat", en: "Result" },
			prompt: {
				nl: "Wat leverde het op, voor jou en voor de anderen?",
				en: "What came of it, for you and for the others?",
			},
		},
		{
			heading: { nl: "Reflectie", en: "Reflection" },
			prompt: {
				nl: "Hoe kijk je er nu op terug: wat werkte, wat zou je anders doen, en waarom?",
				en: "How do you look back on it now: what worked, what would you do differently, and why?",
			},
		},
		{
			heading: { nl: "Transfer", en: "Transfer" },
			prompt: {
				nl: "In welke andere situaties kun je dit toepassen?",
				en: "In which other situations can you use this?",
			},
		},
	],
};
