import type { ReflectionModel } from "./reflection-model";

/** Kolb's learning cycle: experience, reflect, generalise, experiment. */
export const KOLB: ReflectionModel = {
	id: "kolb",
	name: { nl: "Leercyclus van Kolb", en: "Kolb's learning cycle" },
	description: {
		nl: "Vier fasen: iets meemaken, erop terugkijken, er een algemeen inzicht uit halen en dat uitproberen.",
		en: "Four phases: go through something, look back on it, draw a general insight from it and try that out.",
	},
	sections: [
		{
			heading: { nl: "Concrete ervaring", en: "Concrete experience" },
			prompt: {
				nl: "Welke ervaring uit de bespreking of uit je werk neem je als vertrekpunt?",
				en: "Which experience from the discussion or from your work do you start from?",
			},
		},
		{
			heading: { nl: "Reflectieve observatie", en: "Reflective observation" },
			prompt: {
				nl: "Wat zie je als je er met wat afstand naar kijkt, vanuit jezelf en vanuit de anderen?",
				en: "What do you see when you look at it from a distance, from your own view and from the others'?",
			},
		},
		{
			heading: { nl: "Abstracte begripsvorming", en: "Abstract conceptualisation" },
			prompt: {
				nl: "Welk algemeen inzicht of welke regel haal je eruit? Past het bij iets wat je al wist?",
				en: "Which general insight or rule do you draw from it? Does it fit something you already knew?",
			},
		},
		{
			heading: { nl: "Actief experimenteren", en: "Active experimentation" },
			prompt: {
				nl: "Hoe ga je dat inzicht toepassen, en wat probeer je als eerste?",
				en: "How will you put that insight to use, and what will you try first?",
			},
		},
	],
};
