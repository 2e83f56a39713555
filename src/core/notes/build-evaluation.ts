import type { ThreePartyTexts } from "../templates/three-party-texts";
import type { CreationContext, NoteDraft } from "./note-draft";
import { buildThreeParty } from "./three-party";
import type { ThreePartyInput } from "./three-party";

/** The final evaluation: a conclusion per goal with its final rating, the trajectory as a whole, what comes next. */
export function buildEvaluation(input: ThreePartyInput, context: CreationContext, texts: ThreePartyTexts): NoteDraft {
	const t = texts.evaluation;
	return buildThreeParty(input, context, {
		kind: "evaluation",
		fileName: t.fileName,
		goalPrompt: t.goalPrompt,
		before: [],
		goals: { heading: t.goals, noGoals: t.noGoals },
		after: [
			{ heading: t.whole, prompt: t.wholePrompt },
			{ heading: t.next, prompt: t.nextPrompt },
		],
	});
}
