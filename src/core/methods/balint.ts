import type { IntervisieMethod } from "./method";
import { OPEN_QUESTION } from "./shared-prompts";
import { ABOUT_THE_PROCESS, ADVICE_AS_I, ASK_DONT_ADVISE, FIRST_STEP, NEXT_ROLES, NO_HIDDEN_ADVICE, OPEN_QUESTIONS, WRITE_ALONE } from "./step-reminders";

/** The Balint method: associations and advice from everyone, while the case-bringer listens. */
export const BALINT: IntervisieMethod = {
	id: "balint",
	name: { nl: "Balintmethode", en: "Balint method" },
	description: {
		nl: "Iedereen noteert eerst zijn eigen associaties en adviezen; de inbrenger luistert zwijgend en kiest daarna zelf wat hij ermee doet.",
		en: "Everyone first notes their own associations and advice; the case-bringer listens in silence and then decides what to do with it.",
	},
	steps: [
		{
			id: "collect",
			name: { nl: "Casussen verzamelen", en: "Collect cases" },
			minutes: 5,
			purpose: {
				nl: "Nagaan wie vandaag een casus heeft om in te brengen.",
				en: "Find out who has a case to bring today.",
			},
			prompts: [{ nl: "Ieder zegt of hij een casus heeft", en: "Everyone says whether they have a case" }],
		},
		{
			id: "pitch",
			name: { nl: "Elke casus in hooguit drie zinnen", en: "Each case in three sentences at most" },
			minutes: 10,
			purpose: {
				nl: "Elke casus zo kort neerzetten dat de groep kan kiezen.",
				en: "Put each case so briefly that the group can choose.",
			},
			prompts: [
				{ nl: "Hooguit drie zinnen per casus", en: "Three sentences per case at most" },
				{ nl: "Nog geen vragen", en: "No questions yet" },
			],
		},
		{
			id: "choose",
			name: { nl: "Eén casus kiezen", en: "Choose one case" },
			minutes: 5,
			purpose: {
				nl: "De casus kiezen die het meest dringt of die de meesten herkennen.",
				en: "Choose the case that is most pressing or that most people recognise.",
			},
			prompts: [{ nl: "Wat is het urgentst, wat het herkenbaarst?", en: "What is most urgent, what most familiar?" }],
		},
		{
			id: "process-lead",
			name: { nl: "Procesbegeleider aanwijzen", en: "Appoint a process lead" },
			minutes: 2,
			purpose: {
				nl: "Iemand aanwijzen die de stappen en de tijd bewaakt.",
				en: "Appoint someone to guard the steps and the time.",
			},
			prompts: [{ nl: "Nooit de inbrenger zelf", en: "Never the case-bringer" }],
		},
		{
			id: "full-account",
			name: { nl: "Casus volledig vertellen", en: "Tell the case in full" },
			minutes: 10,
			purpose: {
				nl: "De inbrenger vertelt het hele verhaal, inclusief wat het met hem deed.",
				en: "The case-bringer tells the whole story, including what it did to them.",
			},
			prompts: [
				{ nl: "Luister zonder te onderbreken", en: "Listen without interrupting" },
				{ nl: "Vraag de inbrenger ook naar zijn gevoel", en: "Ask the case-bringer about their feelings too" },
			],
		},
		{
			id: "associations",
			name: { nl: "Eerste associaties opschrijven", en: "Write down first associations" },
			minutes: 5,
			purpose: {
				nl: "Eerste indrukken en associaties vastleggen voordat ze vervagen.",
				en: "Capture first impressions and associations before they fade.",
			},
			prompts: [WRITE_ALONE, { nl: "Beelden, gevoelens, vermoedens: alles mag", en: "Images, feelings, hunches: anything goes" }],
		},
		{
			id: "clarifying",
			questionRound: true,
			name: { nl: "Verhelderende vragen", en: "Clarifying questions" },
			minutes: 15,
			purpose: {
				nl: "Gaten in het verhaal vullen met vragen die verhelderen zonder te sturen.",
				en: "Fill the gaps in the story with questions that clarify without steering.",
			},
			prompts: [ASK_DONT_ADVISE, OPEN_QUESTIONS, NO_HIDDEN_ADVICE],
		},
		{
			id: "write-advice",
			name: { nl: "Eigen advies opschrijven", en: "Write down own advice" },
			minutes: 5,
			purpose: {
				nl: "Ieder bepaalt voor zich welk advies hij de inbrenger wil geven.",
				en: "Everyone decides alone which advice they want to give the case-bringer.",
			},
			prompts: [WRITE_ALONE, { nl: "Concreet en uitvoerbaar", en: "Concrete and doable" }],
		},
		{
			id: "share-advice",
			name: { nl: "Adviezen delen, inbrenger zwijgt", en: "Share advice, case-bringer silent" },
			minutes: 15,
			purpose: {
				nl: "De adviezen één voor één uitspreken terwijl de inbrenger alleen luistert en noteert.",
				en: "Voice the advice one by one while the case-bringer only listens and takes notes.",
			},
			prompts: [
				{ nl: "De inbrenger zwijgt en schrijft mee", en: "The case-bringer stays silent and takes notes" },
				{ nl: "Geen discussie tussen de adviseurs", en: "No debate between the advisers" },
				ADVICE_AS_I,
			],
		},
		{
			id: "decide",
			name: { nl: "Inbrenger besluit", en: "Case-bringer decides" },
			minutes: 10,
			purpose: {
				nl: "De inbrenger zegt welke adviezen hij aanneemt en wat hij gaat doen.",
				en: "The case-bringer says which advice they take up and what they will do.",
			},
			prompts: [{ nl: "Wat raakt, en waarom?", en: "What hits home, and why?" }, FIRST_STEP],
		},
		{
			id: "evaluation",
			name: { nl: "Evaluatie", en: "Evaluation" },
			minutes: 8,
			purpose: {
				nl: "Terugkijken op de werkwijze en op hoe het voor de inbrenger was om te zwijgen.",
				en: "Look back on the way of working and on how it was for the case-bringer to stay silent.",
			},
			prompts: [ABOUT_THE_PROCESS, NEXT_ROLES],
		},
	],
	roles: ["case-bringer", "facilitator", "note-taker", "participants"],
	fits: {
		nl: "Ervaren groepen van minstens vijf mensen met veel onderling vertrouwen.",
		en: "Experienced groups of at least five people with a lot of mutual trust.",
	},
	preparesHint: {
		nl: "Bedenk een samenvatting van hooguit drie zinnen; daarmee wordt uit de casussen gekozen.",
		en: "Think of a summary of three sentences at most; the group chooses among cases with it.",
	},
	preparation: [
		{
			heading: { nl: "Mijn casus in drie zinnen", en: "My case in three sentences" },
			prompt: {
				nl: "Vat de situatie kort samen, zodat de groep kan kiezen welke casus vandaag aan bod komt.",
				en: "Sum up the situation briefly, so the group can choose which case to take today.",
			},
		},
		{
			heading: { nl: "Het hele verhaal", en: "The whole story" },
			prompt: {
				nl: "Wat gebeurde er, wie waren erbij, wat was jouw rol en wat voelde je op het kritieke moment?",
				en: "What happened, who was there, what was your role and what did you feel at the critical moment?",
			},
		},
		{
			heading: { nl: "Zichtbaar of eronder", en: "On the surface or underneath" },
			prompt: {
				nl: "Gaat het je om zichtbaar gedrag, of om de gevoelens en overtuigingen die eronder liggen?",
				en: "Are you concerned with visible behaviour, or with the feelings and beliefs beneath it?",
			},
		},
		OPEN_QUESTION,
	],
};
