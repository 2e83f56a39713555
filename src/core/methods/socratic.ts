import type { IntervisieMethod } from "./method";

/** The Socratic dialogue: a slow, joint inquiry from one lived example to the values beneath it. */
export const SOCRATIC: IntervisieMethod = {
	id: "socratic",
	name: { nl: "Socratisch gesprek", en: "Socratic dialogue" },
	description: {
		nl: "Vanuit één echt voorbeeld onderzoekt de groep samen een vraag, tot op de waarden die eronder liggen. Vraagt een geoefende gespreksleider.",
		en: "Starting from one real example, the group jointly examines a question down to the values beneath it. Calls for a trained facilitator.",
	},
	steps: [
		{ id: "theme", name: { nl: "Thema en beginvraag", en: "Theme and opening question" }, minutes: 10 },
		{ id: "examples", name: { nl: "Voorbeelden uit eigen ervaring; één kiezen", en: "Examples from experience; pick one" }, minutes: 20 },
		{ id: "clarify", name: { nl: "Het voorbeeld verhelderen", en: "Clarify the example" }, minutes: 15 },
		{ id: "core-statement", name: { nl: "Kernuitspraak", en: "Core statement" }, minutes: 10 },
		{ id: "justification", name: { nl: "Onderbouwing", en: "Justification" }, minutes: 10 },
		{ id: "own-version", name: { nl: "Ieder schrijft een eigen versie", en: "Each writes their own version" }, minutes: 5 },
		{ id: "values", name: { nl: "Samen de onderliggende waarden onderzoeken", en: "Jointly explore the underlying values" }, minutes: 20 },
		{ id: "answer", name: { nl: "Antwoord op de vraag", en: "Answer to the question" }, minutes: 10 },
		{ id: "look-back", name: { nl: "Terugblik", en: "Looking back" }, minutes: 5 },
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
