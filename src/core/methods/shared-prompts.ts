import type { PreparationPrompt } from "./method";

/** The concrete situation with my own role and the critical moment, for methods that start from an incident. */
export const CONCRETE_SITUATION: PreparationPrompt = {
	heading: { nl: "De situatie", en: "The situation" },
	prompt: {
		nl: "Beschrijf één concreet voorval waarin jij een rol had: wat gebeurde er, wie deden mee, wat was jouw rol en waar ging het schuren?",
		en: "Describe one concrete event in which you played a part: what happened, who took part, what was your role and where did it start to chafe?",
	},
};

export const WHAT_I_TRIED: PreparationPrompt = {
	heading: { nl: "Wat ik al heb geprobeerd", en: "What I have tried" },
	prompt: {
		nl: "Wat heb je al gedaan of overwogen, en wat gebeurde er toen?",
		en: "What have you already done or considered, and what happened then?",
	},
};

/** A check on the one-line question the case note opens with. */
export const OPEN_QUESTION: PreparationPrompt = {
	heading: { nl: "Achter mijn vraag", en: "Behind my question" },
	prompt: {
		nl: "Staat je vraag in één zin, in de ik-vorm, open (hoe/wat) en over nu? Wat wil je na de bespreking anders kunnen doen?",
		en: "Is your question one sentence, in the first person, open (how/what) and about now? What do you want to be able to do differently afterwards?",
	},
};
