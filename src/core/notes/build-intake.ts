import type { ThreePartyTexts } from "../templates/three-party-texts";
import type { CreationContext, NoteDraft } from "./note-draft";
import { buildThreeParty } from "./three-party";
import type { ThreePartyInput } from "./three-party";

/** The intake: why this trajectory now, the goals agreed with their baselines, support and confidentiality. */
export function buildIntake(input: ThreePartyInput, context: CreationContext, texts: ThreePartyTexts): NoteDraft {
	const t = texts.intake;
	return buildThreeParty(input, context, {
		kind: "intake",
		fileName: t.fileName,
		goalPrompt: t.goalPrompt,
		before: [{ heading: t.context, prompt: t.contextPrompt }],
		goals: { heading: t.goals, noGoals: t.noGoals },
		after: [
			{ heading: t.agreements, prompt: t.agreementsPrompt },
			{ heading: t.confidentiality, prompt: t.confidentialityPrompt },
		],
	});
}
