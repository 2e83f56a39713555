import "../../harness/dom";
import type { FacilitatorModel } from "../../../src/core/facilitator/facilitator-model";
import { renderFacilitator } from "../../../src/plugin/facilitator/render-facilitator";
import { facilitatorModel } from "../../core/facilitator/fixture";

export { facilitatorModel };

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
	renderFacilitator(el, model, ctx);
	return { el, opened, render: (next) => renderFacilitator(el, next, ctx) };
}

export function texts(el: ParentNode, selector: string): string[] {
	return Array.from(el.querySelectorAll(selector)).map((e) => e.textContent ?? "");
}

export function byKey(el: HTMLElement, key: string): HTMLElement {
	const found = Array.from(el.querySelectorAll<HTMLElement>("[data-key]")).find((e) => e.getAttribute("data-key") === key);
	if (!found) throw new Error(`No element with data-key ${key}`);
	return found;
}

export function press(el: HTMLElement, key: string, init: KeyboardEventInit = {}): void {
	el.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true, ...init }));
}

export function click(el: Element, init: MouseEventInit = {}): void {
	el.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, ...init }));
}
