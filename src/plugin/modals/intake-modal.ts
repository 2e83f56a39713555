import { buildIntake } from "../../core/notes/build-intake";
import type { NoteDraft } from "../../core/notes/note-draft";
import type { ThreePartyInput } from "../../core/notes/three-party";
import { threePartyTexts } from "../../core/templates/three-party-texts";
import type { Services } from "../services";
import { ThreePartyModal, threePartyUi } from "./three-party-modal";

/** New intake: the goals agreed by participant, manager and facilitator, each with its baseline. */
export class IntakeModal extends ThreePartyModal {
	constructor(services: Services) {
		super(services, "intake", (goal) => goal.baseline);
	}

	protected title(): string {
		return threePartyUi().intake.title;
	}

	protected submitLabel(): string {
		return threePartyUi().intake.create;
	}

	protected texts(): { goalsHeading: string; ratingDesc: (anchors: string) => string } {
		return threePartyUi().intake;
	}

	protected draft(input: ThreePartyInput): NoteDraft {
		return buildIntake(input, this.services.creation("intake"), threePartyTexts()[this.services.settings().notesLanguage]);
	}
}
