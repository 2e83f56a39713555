import "../../harness/dom";
import type { FacilitatorModel } from "../../../src/core/facilitator/facilitator-model";
import { KeptParts } from "../../../src/plugin/kept-parts";
import { renderFacilitator } from "../../../src/plugin/facilitator/render-facilitator";
import { facilitatorModel } from "../../core/facilitator/fixture";

export { facilitatorModel };
/** The same DOM queries and events as the dashboard tests use. */
export { byKey, click, press, texts } from "../dashboard/dashboard-fixtures";

export interface Rendered {
	el: HTMLElement;
	opened: { path: string; newLeaf: boolean }[];
	render(model: FacilitatorModel): void;
}

/** The view rendered into a fresh element attached to the document, recording the notes it opens. */
export function renderView(model: FacilitatorModel = facilitatorModel()): Rendered {
	const el = document.body.createDiv();
	const opened: { path: string; newLeaf: boolean }[] = [];
	const ctx = { openNote: (path: string, newLeaf: boolean) => opened.push({ path, newLeaf }) };
	const parts = new KeptParts();
	renderFacilitator(el, model, ctx, parts);
	return { el, opened, render: (next) => renderFacilitator(el, next, ctx, parts) };
}
