import type { ReflectionModel } from "./reflection-model";

/** Korthagen's ALACT cycle; the last phase, trying out, is the first of the next cycle. */
export const ALACT: ReflectionModel = {
	id: "alact",
	name: { nl: "ALACT-model (Korthagen)", en: "ALACT model (Korthagen)" },
	description: {
		nl: "Een cyclus in vijf fasen: handelen, terugblikken, de kern benoemen, een alternatief kiezen en dat uitproberen.",
		en: "A cycle in five phases: act, look back, name what matters most, choose an alternative and try it out.",
	},
	sections: [
		{
			heading: { nl: "Handelen", en: "Acting" },
			prompt: {
				nl: "Welk moment uit de bespreking of uit je werk neem je onder de loep, en wat deed je daar precies?",
				en: "Which moment from the discussion or from your work do you take a closer look at, and what exactly did you do?",
			},
		},
		{
			heading: { nl: "Terugblikken: ik", en: "Looking back: me" },
			prompt: {
				nl: "Wat wilde, dacht, voelde en deed je zelf op dat moment?",
				en: "What did you want, think, feel and do at that moment?",
			},
		},
		{
			heading: { nl: "Terugblikken: de ander", en: "Looking back: the other" },
			prompt: {
				nl: "Wat wilde, dacht, voelde en deed de ander, voor zover je dat kunt zien? Waar liepen jullie uiteen?",
				en: "What did the other person want, think, feel and do, as far as you can tell? Where did the two of you differ?",
			},
		},
		{
			heading: { nl: "Wezenlijke aspecten", en: "Essential aspects" },
			prompt: {
				nl: "Wat is de kern? Welk patroon of welke spanning zie je als je beide kanten naast elkaar legt?",
				en: "What is at the heart of it? Which pattern or tension shows when you put both sides next to each other?",
			},
		},
		{
			heading: { nl: "Alternatieven en keuze", en: "Alternatives and choice" },
			prompt: {
				nl: "Op welke andere manieren had je kunnen handelen, wat pleit voor en tegen elk, en welke kies je?",
				en: "What other ways of acting do you see, what speaks for and against each, and which one do you choose?",
			},
		},
		{
			heading: { nl: "Uitproberen", en: "Trying out" },
			prompt: {
				nl: "Waar en wanneer probeer je je keuze uit? Daar begint je volgende cyclus.",
				en: "Where and when will you try your choice? That is where your next cycle begins.",
			},
		},
	],
};
