import { NOTE_TEXTS } from "../templates/note-texts";
import type { ReflectionModel } from "./reflection-model";

const nl = NOTE_TEXTS.nl.report;
const en = NOTE_TEXTS.en.report;

/** The intervisie report as it always was; its texts stay in the note texts so both keep one source. */
export const PLAIN: ReflectionModel = {
	id: "plain",
	name: { nl: "Intervisieverslag", en: "Intervisie report" },
	description: {
		nl: "Wat er gebeurde en wat je over jezelf leerde, gevolgd door je leerdoelen en acties.",
		en: "What happened and what you learned about yourself, followed by your goals and actions.",
	},
	sections: [
		{ heading: { nl: nl.happened, en: en.happened }, prompt: { nl: nl.happenedPrompt, en: en.happenedPrompt } },
		{ heading: { nl: nl.learned, en: en.learned }, prompt: { nl: nl.learnedPrompt, en: en.learnedPrompt } },
	],
};
