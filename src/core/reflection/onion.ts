import type { ReflectionModel } from "./reflection-model";

/** Korthagen's onion (core reflection): the layers from the outside in, ending at what you bring at your best. */
export const ONION: ReflectionModel = {
	id: "onion",
	name: { nl: "Ui-model (Korthagen)", en: "Onion model (Korthagen)" },
	description: {
		nl: "Van buiten naar binnen: van omgeving en gedrag via overtuigingen en identiteit naar je missie en kernkwaliteiten.",
		en: "From the outside in: from environment and behaviour, through beliefs and identity, to your mission and core qualities.",
	},
	sections: [
		{
			heading: { nl: "Omgeving", en: "Environment" },
			prompt: {
				nl: "Met welke situatie en welke mensen had je te maken?",
				en: "Which situation and which people were you dealing with?",
			},
		},
		{
			heading: { nl: "Gedrag", en: "Behaviour" },
			prompt: {
				nl: "Wat deed je? Wat zou iemand die meekeek je hebben zien doen?",
				en: "What did you do? What would someone watching have seen you do?",
			},
		},
		{
			heading: { nl: "Competenties", en: "Competencies" },
			prompt: {
				nl: "Wat kon je daar al goed, en wat miste je op dat moment?",
				en: "What were you already good at there, and what did you lack at that moment?",
			},
		},
		{
			heading: { nl: "Overtuigingen", en: "Beliefs" },
			prompt: {
				nl: "Wat geloofde je over jezelf, de ander of de situatie? Hielp of hinderde dat je?",
				en: "What did you believe about yourself, the other or the situation? Did that help or hinder you?",
			},
		},
		{
			heading: { nl: "Identiteit", en: "Identity" },
			prompt: {
				nl: "Hoe zie je jezelf in deze rol? Wie wil je zijn in je werk?",
				en: "How do you see yourself in this role? Who do you want to be in your work?",
			},
		},
		{
			heading: { nl: "Missie", en: "Mission" },
			prompt: {
				nl: "Waar doe je het voor? Wat inspireert je hier, en wat wil je bijdragen?",
				en: "What do you do it for? What inspires you here, and what do you want to contribute?",
			},
		},
		{
			heading: { nl: "Kernkwaliteiten", en: "Core qualities" },
			prompt: {
				nl: "Welke kwaliteiten van jezelf kwamen naar voren, of had je meer willen laten zien?",
				en: "Which of your own qualities showed, or would you have liked to show more?",
			},
		},
	],
};
