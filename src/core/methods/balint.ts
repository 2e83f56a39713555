import type { IntervisieMethod } from "./method";
import { OPEN_QUESTION } from "./shared-prompts";

/** The Balint method: associations and advice from everyone, while the case-bringer listens. */
export const BALINT: IntervisieMethod = {
	id: "balint",
	name: { nl: "Balintmethode", en: "Balint method" },
	description: {
		nl: "Iedereen noteert eerst zijn eigen associaties en adviezen; de inbrenger luistert zwijgend en kiest daarna zelf wat hij ermee doet.",
		en: "Everyone first notes their own associations and advice; the case-bringer listens in silence and then decides what to do with it.",
	},
	steps: [
		{ id: "collect", name: { nl: "Casussen verzamelen", en: "Collect cases" }, minutes: 5 },
		{ id: "pitch", name: { nl: "Elke casus in hooguit drie zinnen", en: "Each case in three sentences at most" }, minutes: 10 },
		{ id: "choose", name: { nl: "Eén casus kiezen", en: "Choose one case" }, minutes: 5 },
		{ id: "process-lead", name: { nl: "Procesbegeleider aanwijzen", en: "Appoint a process lead" }, minutes: 2 },
		{ id: "full-account", name: { nl: "Casus volledig vertellen", en: "Tell the case in full" }, minutes: 10 },
		{ id: "associations", name: { nl: "Eerste associaties opschrijven", en: "Write down first associations" }, minutes: 5 },
		{ id: "clarifying", name: { nl: "Verhelderende vragen", en: "Clarifying questions" }, minutes: 15 },
		{ id: "write-advice", name: { nl: "Eigen advies opschrijven", en: "Write down own advice" }, minutes: 5 },
		{ id: "share-advice", name: { nl: "Adviezen delen, inbrenger zwijgt", en: "Share advice, case-bringer silent" }, minutes: 15 },
		{ id: "decide", name: { nl: "Inbrenger besluit", en: "Case-bringer decides" }, minutes: 10 },
		{ id: "evaluation", name: { nl: "Evaluatie", en: "Evaluation" }, minutes: 8 },
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
