import type { FacilitatorModel } from "../../core/facilitator/facilitator-model";
import type { FacilitatorStrings } from "../../core/i18n/facilitator-strings";
import { swapContent } from "../dashboard/swap-content";
import { sectionContext } from "./facilitator-context";
import type { FacilitatorRenderContext, FacilitatorSectionContext } from "./facilitator-context";
import { renderAttendance } from "./render-attendance";
import { renderCovered } from "./render-covered";
import { renderGroupHeader } from "./render-group-header";
import { renderMemberCards } from "./render-member-cards";
import { renderMissingReports } from "./render-missing-reports";
import { renderQuestions } from "./render-questions";
import { renderRotation } from "./render-rotation";

export type { FacilitatorRenderContext } from "./facilitator-context";

/**
 * Shows the facilitator view of `model` in `el`, replacing what was there: call it again on every change.
 * Words follow `model.language`. Every row that stands for a note opens it through `ctx.openNote`.
 */
export function renderFacilitator(el: HTMLElement, model: FacilitatorModel, ctx: FacilitatorRenderContext): void {
	el.addClass("intervisie-dash", "intervisie-fac");
	const section = sectionContext(model.language, ctx);
	const fragment = createFragment();
	build(fragment, model, section);
	swapContent(el, fragment);
}

function build(fragment: DocumentFragment, model: FacilitatorModel, ctx: FacilitatorSectionContext): void {
	renderGroupHeader(fragment, model.header, ctx);
	if (model.empty) {
		renderNoGroupYet(fragment, ctx.t);
		return;
	}
	renderAttendance(fragment, model.sessions, model.attendance, ctx);
	renderRotation(fragment, model.rotation, ctx);
	renderMissingReports(fragment, model.missingReports, ctx);
	renderCovered(fragment, model.themes, model.methods, ctx);
	renderQuestions(fragment, model.questions, ctx);
	renderMemberCards(fragment, model.members, ctx);
}

/** The first-run state: no members and no sessions yet, or no trajectory at all. */
export function renderNoGroupYet(parent: DocumentFragment | HTMLElement, t: FacilitatorStrings): HTMLElement {
	const box = parent.createDiv({ cls: "intervisie-dash-empty" });
	box.createEl("h2", { text: t.empty.title });
	box.createEl("p", { text: t.empty.text });
	return box;
}
