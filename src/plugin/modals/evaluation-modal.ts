import { latestRating } from "../../core/index/latest-rating";
import { buildEvaluation } from "../../core/notes/build-evaluation";
import type { NoteDraft } from "../../core/notes/note-draft";
import type { ThreePartyInput } from "../../core/notes/three-party";
import { threePartyTexts } from "../../core/templates/three-party-texts";
import type { Services } from "../services";
import { ThreePartyModal, threePartyUi } from "./three-party-modal";

/** New final evaluation: a final rating per goal, suggested from my latest report that rates it. */
export class EvaluationModal extends ThreePartyModal {
	constructor(services: Services) {
		const notes = services.myNotes();
		const reports = notes.reports();
		super(services, "evaluation", (goal) => latestRating(goal.path, reports, (link, from) => notes.resolve(link, from)));
	}

	protected title(): string {
		return threePartyUi().evaluation.title;
	}

	protected submitLabel(): string {
		return threePartyUi().evaluation.create;
	}

	protected texts(): { goalsHeading: string; ratingDesc: (anchors: string) => string } {
		return threePartyUi().evaluation;
	}

	protected draft(input: ThreePartyInput): NoteDraft {
		return buildEvaluation(input, this.services.creation("evaluation"), threePartyTexts()[this.services.settings().notesLanguage]);
	}
}
