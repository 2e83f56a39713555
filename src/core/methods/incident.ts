import type { IntervisieMethod } from "./method";
import { OPEN_QUESTION, WHAT_I_TRIED } from "./shared-prompts";

/** Hendriksen's incident method in full: the group first takes a position, then hears what really happened. */
export const INCIDENT: IntervisieMethod = {
	id: "incident",
	name: { nl: "Incidentmethode", en: "Incident method" },
	description: {
		nl: "Eén kort voorval staat centraal. De groep vraagt door, bepaalt schriftelijk wat zij zelf zou doen en hoort daarna pas wat de inbrenger werkelijk deed.",
		en: "One short event takes centre stage. The group asks questions, writes down what each would do, and only then hears what the case-bringer actually did.",
	},
	steps: [
		{ id: "choose", name: { nl: "Voorval kiezen", en: "Choose the incident" }, minutes: 3 },
		{ id: "sketch", name: { nl: "Situatie schetsen", en: "Sketch the situation" }, minutes: 5 },
		{ id: "write-questions", name: { nl: "Vragen opschrijven", en: "Write down questions" }, minutes: 5 },
		{ id: "question-round", name: { nl: "Vragenronde", en: "Question round" }, minutes: 10 },
		{ id: "analysis", name: { nl: "Analyse", en: "Analysis" }, minutes: 10 },
		{ id: "position", name: { nl: "Eigen standpunt op papier", en: "Own position in writing" }, minutes: 5 },
		{ id: "positions-shared", name: { nl: "Standpunten delen", en: "Positions shared" }, minutes: 8 },
		{ id: "what-happened", name: { nl: "Wat de inbrenger echt deed", en: "What the case-bringer really did" }, minutes: 4 },
		{ id: "closing", name: { nl: "Nabespreking", en: "Closing discussion" }, minutes: 5 },
		{ id: "evaluation", name: { nl: "Evaluatie", en: "Evaluation" }, minutes: 5 },
	],
	roles: ["case-bringer", "facilitator", "note-taker", "participants"],
	fits: {
		nl: "Groepen zonder externe begeleider die graag zelf een standpunt innemen.",
		en: "Groups without an outside facilitator who like to take a stand themselves.",
	},
	preparesHint: {
		nl: "Houd voor je wat je uiteindelijk deed; dat vertel je pas na de standpunten van de groep.",
		en: "Keep what you finally did to yourself; you tell it only after the group has given its positions.",
	},
	preparation: [
		{
			heading: { nl: "Het voorval", en: "The incident" },
			prompt: {
				nl: "Beschrijf de situatie tot aan het moment waarop je moest kiezen: wie waren er, wat was jouw rol, wat maakte het kritiek?",
				en: "Describe the situation up to the moment you had to choose: who was there, what was your role, what made it critical?",
			},
		},
		{
			heading: { nl: "Wat ik werkelijk deed", en: "What I actually did" },
			prompt: {
				nl: "Wat deed je op dat moment, en waarom? Dit deel bewaar je tot de groep haar standpunten heeft gedeeld.",
				en: "What did you do at that moment, and why? Save this part until the group has shared its positions.",
			},
		},
		WHAT_I_TRIED,
		OPEN_QUESTION,
	],
};
