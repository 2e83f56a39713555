import type { FacilitatorModel } from "../../core/facilitator/facilitator-model";
import { sectionContext } from "./facilitator-context";
import type { FacilitatorRenderContext, FacilitatorSectionContext } from "./facilitator-context";
import { renderAttendance } from "./render-attendance";
import { renderCovered } from "./render-covered";
import { renderGroupHeader } from "./render-group-header";
import { renderMemberCards } from "./render-member-cards";
import { renderMissingReports } from "./render-missing-reports";
import { renderRotation } from "./render-rotation";
import { swapContent } from "./swap-content";

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
		const box = fragment.createDiv({ cls: "intervisie-dash-empty" });
		box.createEl("h2", { text: ctx.t.empty.title });
		box.createEl("p", { text: ctx.t.empty.text });
		return;
	}
	renderAttendance(fragment, model.sessions, model.attendance, ctx);
	renderRotation(fragment, model.rotation, ctx);
	renderMissingReports(fragment, model.missingReports, ctx);
	renderCovered(fragment, model.themes, model.methods, ctx);
	renderMemberCards(fragment, model.members, ctx);
}
