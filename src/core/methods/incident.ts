import type { IntervisieMethod } from "./method";
import { OPEN_QUESTION, WHAT_I_TRIED } from "./shared-prompts";
import { ABOUT_THE_PROCESS, ASK_DONT_ADVISE, NEXT_ROLES, NO_HIDDEN_ADVICE, WRITE_ALONE } from "./step-reminders";

/** Hendriksen's incident method in full: the group first takes a position, then hears what really happened. */
export const INCIDENT: IntervisieMethod = {
	id: "incident",
	name: { nl: "Incidentmethode", en: "Incident method" },
	description: {
		nl: "Eén kort voorval staat centraal. De groep vraagt door, bepaalt schriftelijk wat zij zelf zou doen en hoort daarna pas wat de inbrenger werkelijk deed.",
		en: "One short event takes centre stage. The group asks questions, writes down what each would do, and only then hears what the case-bringer actually did.",
	},
	steps: [
		{
			id: "choose",
			name: { nl: "Voorval kiezen", en: "Choose the incident" },
			minutes: 3,
			purpose: {
				nl: "Eén kort, recent voorval kiezen waarin de inbrenger ter plekke moest handelen.",
				en: "Pick one short, recent event in which the case-bringer had to act on the spot.",
			},
			prompts: [{ nl: "Eén moment, geen lange voorgeschiedenis", en: "One moment, not a long history" }],
		},
		{
			id: "sketch",
			name: { nl: "Situatie schetsen", en: "Sketch the situation" },
			minutes: 5,
			purpose: {
				nl: "De inbrenger beschrijft de situatie tot aan het keuzemoment, zonder te zeggen wat hij deed.",
				en: "The case-bringer describes the situation up to the moment of choice, without saying what they did.",
			},
			prompts: [
				{ nl: "Stop het verhaal bij het keuzemoment", en: "Stop the story at the moment of choice" },
				{ nl: "Wat de inbrenger deed, blijft nog geheim", en: "What the case-bringer did stays secret for now" },
			],
		},
		{
			id: "write-questions",
			name: { nl: "Vragen opschrijven", en: "Write down questions" },
			minutes: 5,
			purpose: {
				nl: "Ieder noteert welke feiten hij nog mist om zich een oordeel te vormen.",
				en: "Everyone notes which facts they still need to form a judgement.",
			},
			prompts: [WRITE_ALONE, { nl: "Eerst de feiten: wie, wat, waar, wanneer", en: "Facts first: who, what, where, when" }],
		},
		{
			id: "question-round",
			questionRound: true,
			name: { nl: "Vragenronde", en: "Question round" },
			minutes: 10,
			purpose: {
				nl: "Om de beurt de ontbrekende feiten ophalen, zodat iedereen straks een standpunt kan innemen.",
				en: "Take turns gathering the missing facts, so everyone can take a position later.",
			},
			prompts: [ASK_DONT_ADVISE, NO_HIDDEN_ADVICE, { nl: "Eén vraag per beurt", en: "One question per turn" }],
		},
		{
			id: "analysis",
			name: { nl: "Analyse", en: "Analysis" },
			minutes: 10,
			purpose: {
				nl: "Samen vaststellen wat de kern van het voorval is en welke keuze er op dat moment lag.",
				en: "Establish together what the heart of the incident is and which choice lay open at that moment.",
			},
			prompts: [
				{ nl: "Wat is hier het eigenlijke probleem?", en: "What is the real problem here?" },
				{ nl: "Welke keuzes had de inbrenger?", en: "Which choices did the case-bringer have?" },
			],
		},
		{
			id: "position",
			name: { nl: "Eigen standpunt op papier", en: "Own position in writing" },
			minutes: 5,
			purpose: {
				nl: "Ieder bepaalt voor zich wat hij in de schoenen van de inbrenger zou hebben gedaan, en waarom.",
				en: "Everyone decides alone what they would have done in the case-bringer's shoes, and why.",
			},
			prompts: [WRITE_ALONE, { nl: "Concreet: wat doe en zeg je op dat moment?", en: "Concrete: what do you do and say at that moment?" }],
		},
		{
			id: "positions-shared",
			name: { nl: "Standpunten delen", en: "Positions shared" },
			minutes: 8,
			purpose: {
				nl: "De standpunten naast elkaar leggen, zodat zichtbaar wordt hoeveel manieren van handelen er zijn.",
				en: "Put the positions side by side, so it shows how many ways of acting there are.",
			},
			prompts: [
				{ nl: "Eerst allemaal voorlezen, dan pas bespreken", en: "Read them all out first, discuss afterwards" },
				{ nl: "Vergelijk, zonder te bepalen wie gelijk heeft", en: "Compare, without deciding who is right" },
			],
		},
		{
			id: "what-happened",
			name: { nl: "Wat de inbrenger echt deed", en: "What the case-bringer really did" },
			minutes: 4,
			purpose: {
				nl: "De inbrenger vertelt wat hij werkelijk deed en hoe dat uitpakte.",
				en: "The case-bringer tells what they actually did and how it turned out.",
			},
			prompts: [{ nl: "De groep luistert zonder oordeel", en: "The group listens without judging" }],
		},
		{
			id: "closing",
			name: { nl: "Nabespreking", en: "Closing discussion" },
			minutes: 5,
			purpose: {
				nl: "Het werkelijke handelen naast de standpunten leggen en er lessen uit trekken, voor de inbrenger en de anderen.",
				en: "Set what really happened beside the positions and draw lessons from it, for the case-bringer and the others.",
			},
			prompts: [
				{ nl: "Wat neemt de inbrenger mee uit de standpunten?", en: "What does the case-bringer take from the positions?" },
				{ nl: "Wat leert ieder voor zijn eigen werk?", en: "What does each person learn for their own work?" },
			],
		},
		{
			id: "evaluation",
			name: { nl: "Evaluatie", en: "Evaluation" },
			minutes: 5,
			purpose: {
				nl: "Kort terugkijken op de werkwijze en de rollen voor de volgende keer verdelen.",
				en: "Look back briefly on the way of working and share out the roles for next time.",
			},
			prompts: [ABOUT_THE_PROCESS, NEXT_ROLES],
		},
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
