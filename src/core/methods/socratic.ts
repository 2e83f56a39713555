import type { IntervisieMethod } from "./method";
import { NEXT_ROLES, WRITE_ALONE } from "./step-reminders";

/** The Socratic dialogue: a slow, joint inquiry from one lived example to the values beneath it. */
export const SOCRATIC: IntervisieMethod = {
	id: "socratic",
	name: { nl: "Socratisch gesprek", en: "Socratic dialogue" },
	description: {
		nl: "Vanuit één echt voorbeeld onderzoekt de groep samen een vraag, tot op de waarden die eronder liggen. Vraagt een geoefende gespreksleider.",
		en: "Starting from one real example, the group jointly examines a question down to the values beneath it. Calls for a trained facilitator.",
	},
	steps: [
		{
			id: "theme",
			name: { nl: "Thema en beginvraag", en: "Theme and opening question" },
			minutes: 10,
			purpose: {
				nl: "Een thema en een algemene beginvraag kiezen die de groep samen wil onderzoeken.",
				en: "Choose a theme and a general opening question the group wants to examine together.",
			},
			prompts: [{ nl: "Een algemene vraag, zoals \"Wanneer is helpen echt helpen?\"", en: "A general question, such as \"When is helping really helping?\"" }],
		},
		{
			id: "examples",
			name: { nl: "Voorbeelden uit eigen ervaring; één kiezen", en: "Examples from experience; pick one" },
			minutes: 20,
			purpose: {
				nl: "Ieder geeft een voorbeeld dat hij zelf meemaakte; de groep kiest er één om te onderzoeken.",
				en: "Everyone offers an example they lived through; the group picks one to examine.",
			},
			prompts: [
				{ nl: "Zelf meegemaakt, niet bedacht", en: "Lived, not made up" },
				{ nl: "Kies een eenvoudig, afgerond voorbeeld", en: "Pick a simple example that has ended" },
			],
		},
		{
			id: "clarify",
			questionRound: true,
			name: { nl: "Het voorbeeld verhelderen", en: "Clarify the example" },
			minutes: 15,
			purpose: {
				nl: "Vragen stellen tot iedereen zich in het voorbeeld kan verplaatsen.",
				en: "Ask questions until everyone can put themselves in the example.",
			},
			prompts: [
				{ nl: "Blijf bij dit ene voorbeeld", en: "Stay with this one example" },
				{ nl: "Vraag naar wat er gebeurde, niet naar meningen", en: "Ask what happened, not for opinions" },
			],
		},
		{
			id: "core-statement",
			name: { nl: "Kernuitspraak", en: "Core statement" },
			minutes: 10,
			purpose: {
				nl: "Het beslissende moment vangen in één uitspraak: \"Toen … deed/dacht/voelde ik …, omdat …\".",
				en: "Capture the decisive moment in one statement: \"When … I did/thought/felt …, because …\".",
			},
			prompts: [{ nl: "Precies formuleren en zichtbaar opschrijven", en: "Word it precisely and write it where all can see" }],
		},
		{
			id: "justification",
			name: { nl: "Onderbouwing", en: "Justification" },
			minutes: 10,
			purpose: {
				nl: "Onderzoeken op welke redenen de uitspraak rust.",
				en: "Examine which reasons the statement rests on.",
			},
			prompts: [{ nl: "Vraag naar redenen, niet naar instemming", en: "Ask for reasons, not for agreement" }],
		},
		{
			id: "own-version",
			name: { nl: "Ieder schrijft een eigen versie", en: "Each writes their own version" },
			minutes: 5,
			purpose: {
				nl: "Ieder formuleert hoe hij de uitspraak zelf zou doen, zodat verschillen zichtbaar worden.",
				en: "Everyone words the statement as they would make it, so differences show.",
			},
			prompts: [WRITE_ALONE],
		},
		{
			id: "values",
			name: { nl: "Samen de onderliggende waarden onderzoeken", en: "Jointly explore the underlying values" },
			minutes: 20,
			purpose: {
				nl: "Samen de waarden en uitgangspunten blootleggen die onder de verschillende versies liggen.",
				en: "Together uncover the values and principles beneath the different versions.",
			},
			prompts: [
				{ nl: "Welke waarde zit hieronder?", en: "Which value lies beneath this?" },
				{ nl: "Eerst begrijpen, dan reageren", en: "Understand first, then respond" },
				{ nl: "Benoem overeenstemming en verschil", en: "Name agreement and difference" },
			],
		},
		{
			id: "answer",
			name: { nl: "Antwoord op de vraag", en: "Answer to the question" },
			minutes: 10,
			purpose: {
				nl: "Zo ver als het gaat een gezamenlijk antwoord op de beginvraag formuleren.",
				en: "Formulate a joint answer to the opening question, as far as it goes.",
			},
			prompts: [{ nl: "Benoem ook wat open blijft", en: "Name what stays open too" }],
		},
		{
			id: "look-back",
			name: { nl: "Terugblik", en: "Looking back" },
			minutes: 5,
			purpose: {
				nl: "Terugkijken op het gesprek zelf: hoe dachten en spraken we samen?",
				en: "Look back on the dialogue itself: how did we think and talk together?",
			},
			prompts: [{ nl: "Hoe luisterden we naar elkaar?", en: "How did we listen to each other?" }, NEXT_ROLES],
		},
	],
	roles: ["case-bringer", "facilitator", "note-taker", "participants"],
	fits: {
		nl: "Groepen met een getrainde gespreksleider die de tijd nemen voor verdieping.",
		en: "Groups with a trained facilitator who take time to go deep.",
	},
	preparesHint: {
		nl: "Kies een voorbeeld dat je zelf hebt meegemaakt, niet een algemeen of bedacht geval.",
		en: "Pick an example you lived through yourself, not a general or made-up case.",
	},
	preparation: [
		{
			heading: { nl: "Mijn voorbeeld", en: "My example" },
			prompt: {
				nl: "Beschrijf een echte situatie uit je eigen ervaring die bij het thema past: wat gebeurde er en wat was jouw rol?",
				en: "Describe a real situation from your own experience that fits the theme: what happened and what was your role?",
			},
		},
		{
			heading: { nl: "Mijn kernuitspraak", en: "My core statement" },
			prompt: {
				nl: "Vul aan: \"Toen … deed/dacht/voelde ik …, omdat …\"",
				en: "Complete: \"When … I did/thought/felt …, because …\"",
			},
		},
		{
			heading: { nl: "De vraag die ik wil onderzoeken", en: "The question I want to examine" },
			prompt: {
				nl: "Welke vraag in één zin wil je met de groep uitdiepen, en waarom houdt die je bezig?",
				en: "Which one-sentence question do you want to explore with the group, and why does it keep you busy?",
			},
		},
	],
};
