import type { Language } from "../i18n/language";

/** Headings and prompts of the intake and the final evaluation, the two talks of participant, manager and facilitator. */
export interface ThreePartyTexts {
	intake: {
		fileName: string;
		context: string;
		contextPrompt: string;
		goals: string;
		goalPrompt: string;
		noGoals: string;
		agreements: string;
		agreementsPrompt: string;
		confidentiality: string;
		confidentialityPrompt: string;
	};
	evaluation: {
		fileName: string;
		goals: string;
		goalPrompt: string;
		noGoals: string;
		whole: string;
		wholePrompt: string;
		next: string;
		nextPrompt: string;
	};
}

const nl: ThreePartyTexts = {
	intake: {
		fileName: "Intakegesprek",
		context: "Aanleiding en waarom nu",
		contextPrompt: "Wat speelt er in het werk dat dit traject nu zinvol maakt? Wat hoopt ieder van jullie drieën ervan?",
		goals: "De leerdoelen die we afspreken",
		goalPrompt: "Hoe ziet het eruit als dit lukt, en waaraan merkt je leidinggevende het in je werk?",
		noGoals: "Nog geen leerdoelen gekoppeld. Maak ze met 'Nieuw leerdoel' en link ze hier.",
		agreements: "Afspraken",
		agreementsPrompt: "Welke steun geeft je leidinggevende, en hoe vaak bespreken jullie tussendoor hoe het gaat?",
		confidentiality: "Vertrouwelijkheid",
		confidentialityPrompt: "Wat blijft binnen de groep, en wat deel je wel of niet met je leidinggevende?",
	},
	evaluation: {
		fileName: "Eindevaluatie",
		goals: "Mijn leerdoelen",
		goalPrompt: "Wat is er veranderd, waaruit blijkt dat (voorbeelden, feedback), en hoe ga je verder met dit doel?",
		noGoals: "Geen leerdoelen gekoppeld aan deze evaluatie.",
		whole: "Het traject als geheel",
		wholePrompt: "Wat heeft de groep je gebracht, wat neem je mee, en wat ziet je leidinggevende anders dan bij de start?",
		next: "Hoe verder",
		nextPrompt: "Wat gebeurt er na dit traject: nieuwe doelen, een vervolg, wie doet wat en wanneer?",
	},
};

const en: ThreePartyTexts = {
	intake: {
		fileName: "Intake",
		context: "Context and why now",
		contextPrompt: "What is going on at work that makes this trajectory worth doing now? What does each of the three of you hope to get from it?",
		goals: "The goals we agree on",
		goalPrompt: "What does success look like, and how will your manager notice it in your work?",
		noGoals: "No goals linked yet. Create them with 'New learning goal' and link them here.",
		agreements: "Agreements",
		agreementsPrompt: "What support does your manager give, and how often do you check in on progress in between?",
		confidentiality: "Confidentiality",
		confidentialityPrompt: "What stays within the group, and what do you share with your manager or keep to yourself?",
	},
	evaluation: {
		fileName: "Final evaluation",
		goals: "My learning goals",
		goalPrompt: "What changed, what shows it (examples, feedback), and what comes next for this goal?",
		noGoals: "No goals linked to this evaluation.",
		whole: "The trajectory as a whole",
		wholePrompt: "What did the group bring you, what do you take along, and what does your manager see differently than at the start?",
		next: "Next steps",
		nextPrompt: "What happens after this trajectory: new goals, a follow-up, who does what and by when?",
	},
};

const TEXTS: Readonly<Record<Language, ThreePartyTexts>> = { nl, en };

/**
 * Both languages' texts, plain data: the plugin build stores them deflated in main.js and inflates them on the
 * first call (scripts/compressed-data.mjs), so they must stay pure JSON data.
 */
export function threePartyTexts(): Readonly<Record<Language, ThreePartyTexts>> {
	return TEXTS;
}
