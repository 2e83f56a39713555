import type { FacilitatorModel } from "../../core/facilitator/facilitator-model";
import type { FacilitatorStrings } from "../../core/i18n/facilitator-strings";
import type { KeptParts, ViewPart } from "../kept-parts";
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
 * Shows the facilitator view of `model` in `el`: call it again on every change, with the same `parts`, and only
 * the sections whose part of the model changed are drawn again. Words follow `model.language`. Every row that
 * stands for a note opens it through `ctx.openNote`.
 */
export function renderFacilitator(el: HTMLElement, model: FacilitatorModel, ctx: FacilitatorRenderContext, parts: KeptParts): void {
	el.addClass("intervisie-dash", "intervisie-fac");
	parts.draw(el, sections(model, sectionContext(model.language, ctx)));
}

function sections(model: FacilitatorModel, ctx: FacilitatorSectionContext): ViewPart[] {
	const { language } = model;
	const header: ViewPart = { key: "header", input: [language, model.header], draw: (f) => renderGroupHeader(f, model.header, ctx) };
	if (model.empty) return [header, { key: "empty", input: [language], draw: (f) => { renderNoGroupYet(f, ctx.t); } }];
	return [
		header,
		{ key: "attendance", input: [language, model.sessions, model.attendance], draw: (f) => renderAttendance(f, model.sessions, model.attendance, ctx) },
		{ key: "rotation", input: [language, model.rotation], draw: (f) => renderRotation(f, model.rotation, ctx) },
		{ key: "missing-reports", input: [language, model.missingReports], draw: (f) => renderMissingReports(f, model.missingReports, ctx) },
		{ key: "covered", input: [language, model.themes, model.methods], draw: (f) => renderCovered(f, model.themes, model.methods, ctx) },
		{ key: "questions", input: [language, model.questions], draw: (f) => renderQuestions(f, model.questions, ctx) },
		{ key: "members", input: [language, model.members], draw: (f) => renderMemberCards(f, model.members, ctx) },
	];
}

/** The first-run state: no members and no sessions yet, or no trajectory at all. */
export function renderNoGroupYet(parent: DocumentFragment | HTMLElement, t: FacilitatorStrings): HTMLElement {
	const box = parent.createDiv({ cls: "intervisie-dash-empty" });
	box.createEl("h2", { text: t.empty.title });
	box.createEl("p", { text: t.empty.text });
	return box;
}
