import type { IntervisieMethod } from "./method";
import { CONCRETE_SITUATION, OPEN_QUESTION, WHAT_I_TRIED } from "./shared-prompts";
import { ABOUT_THE_PROCESS, ASK_DONT_ADVISE, NEXT_ROLES, QUESTION_CHECK } from "./step-reminders";

/** The gossip method: the group talks about the case as if the case-bringer were not there. */
export const GOSSIP: IntervisieMethod = {
	id: "gossip",
	name: { nl: "Roddelmethode", en: "Gossip method" },
	description: {
		nl: "Na een vragenronde draait de inbrenger de groep de rug toe en schrijft mee, terwijl de anderen vrijuit over oorzaken, aannames en oplossingen praten.",
		en: "After a round of questions the case-bringer turns their back to the group and takes notes, while the others talk freely about causes, assumptions and solutions.",
	},
	steps: [
		{
			id: "introduction",
			name: { nl: "Vraag toelichten", en: "Introduce the question" },
			minutes: 5,
			purpose: {
				nl: "De inbrenger vertelt kort over de situatie en zijn vraag.",
				en: "The case-bringer briefly tells about the situation and their question.",
			},
			prompts: [QUESTION_CHECK],
		},
		{
			id: "exploration",
			questionRound: true,
			name: { nl: "Verkennen: drie open vragen per persoon", en: "Explore: three open questions each" },
			minutes: 20,
			purpose: {
				nl: "Genoeg van de casus begrijpen om er straks vrijuit over te kunnen praten.",
				en: "Understand enough of the case to talk about it freely later on.",
			},
			prompts: [
				{ nl: "Hooguit drie open vragen per persoon", en: "Three open questions each at most" },
				ASK_DONT_ADVISE,
			],
		},
		{
			id: "gossip",
			name: { nl: "Roddelronde, inbrenger met de rug naar de groep", en: "Gossip round, case-bringer facing away" },
			minutes: 15,
			purpose: {
				nl: "De groep praat over oorzaken, aannames en oplossingen alsof de inbrenger er niet is.",
				en: "The group talks about causes, assumptions and solutions as if the case-bringer were not there.",
			},
			prompts: [
				{ nl: "De inbrenger zit met de rug naar de groep en schrijft alleen mee", en: "The case-bringer sits facing away and only takes notes" },
				{ nl: "Spreek over de inbrenger in de derde persoon", en: "Speak of the case-bringer in the third person" },
				{ nl: "Zeg vrijuit wat je denkt, met respect", en: "Say freely what you think, with respect" },
			],
		},
		{
			id: "struck",
			name: { nl: "Wat de inbrenger opviel", en: "What struck the case-bringer" },
			minutes: 10,
			purpose: {
				nl: "De inbrenger draait zich om en vertelt wat hem trof en wat hij meeneemt.",
				en: "The case-bringer turns around and tells what struck them and what they take away.",
			},
			prompts: [
				{ nl: "Niet verdedigen of rechtzetten", en: "No defending or correcting" },
				{ nl: "Zo nodig nog een roddelronde", en: "Another gossip round if needed" },
			],
		},
		{
			id: "evaluation",
			name: { nl: "Evaluatie", en: "Evaluation" },
			minutes: 10,
			purpose: {
				nl: "Terugkijken op de werkwijze en op hoe de roddelronde voor iedereen voelde.",
				en: "Look back on the way of working and on how the gossip round felt for everyone.",
			},
			prompts: [
				{ nl: "Hoe was het voor de inbrenger om toe te horen?", en: "How was it for the case-bringer to overhear?" },
				ABOUT_THE_PROCESS,
				NEXT_ROLES,
			],
		},
	],
	roles: ["case-bringer", "facilitator", "timekeeper", "participants"],
	fits: {
		nl: "Veilige groepen die elkaar al langer kennen.",
		en: "Safe groups whose members have known each other for a while.",
	},
	preparesHint: {
		nl: "Neem papier mee: tijdens de roddelronde schrijf je op wat je hoort, zonder te reageren.",
		en: "Bring paper: during the gossip round you write down what you hear, without reacting.",
	},
	preparation: [
		CONCRETE_SITUATION,
		WHAT_I_TRIED,
		{
			heading: { nl: "Wat ik zelf niet zie", en: "What I do not see myself" },
			prompt: {
				nl: "Over welke aannames of oorzaken hoor je de groep graag hardop nadenken?",
				en: "Which assumptions or causes would you like to hear the group think about out loud?",
			},
		},
		OPEN_QUESTION,
	],
};
