import type { IntervisieMethod } from "./method";
import { CONCRETE_SITUATION, OPEN_QUESTION, WHAT_I_TRIED } from "./shared-prompts";

/** The gossip method: the group talks about the case as if the case-bringer were not there. */
export const GOSSIP: IntervisieMethod = {
	id: "gossip",
	name: { nl: "Roddelmethode", en: "Gossip method" },
	description: {
		nl: "Na een vragenronde draait de inbrenger de groep de rug toe en schrijft mee, terwijl de anderen vrijuit over oorzaken, aannames en oplossingen praten.",
		en: "After a round of questions the case-bringer turns their back to the group and takes notes, while the others talk freely about causes, assumptions and solutions.",
	},
	steps: [
		{ id: "introduction", name: { nl: "Vraag toelichten", en: "Introduce the question" }, minutes: 5 },
		{ id: "exploration", name: { nl: "Verkennen: drie open vragen per persoon", en: "Explore: three open questions each" }, minutes: 20 },
		{ id: "gossip", name: { nl: "Roddelronde, inbrenger met de rug naar de groep", en: "Gossip round, case-bringer facing away" }, minutes: 15 },
		{ id: "struck", name: { nl: "Wat de inbrenger opviel", en: "What struck the case-bringer" }, minutes: 10 },
		{ id: "evaluation", name: { nl: "Evaluatie", en: "Evaluation" }, minutes: 10 },
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
