import { Keymap } from "obsidian";
import type { DashboardSource } from "./dashboard-source";

export interface NoteLinkOptions {
	path: string;
	/**
	 * Only where the visible text alone is ambiguous ("Report"): the accessible name, which must contain that
	 * visible text. Without it a screen reader reads what the element shows, all of it.
	 */
	label?: string;
	/** Unique in the view: focus returns to the element with this key after a re-render. */
	key: string;
}

/** Whatever can open a note: the dashboard's source, or any view that hands out the same callback. */
export type NoteOpener = Pick<DashboardSource, "openNote">;

/**
 * Makes an element stand for a note: click opens it, Ctrl/Cmd-click or middle-click in a new tab, and
 * Enter or Space when focused. Rows are not `<a href>` so the browser never navigates on its own.
 */
export function makeNoteLink(el: HTMLElement, source: NoteOpener, options: NoteLinkOptions): HTMLElement {
	el.addClass("intervisie-dash-link");
	el.setAttrs({ tabindex: 0, role: "link", "data-key": options.key, "data-path": options.path });
	if (options.label !== undefined) el.setAttr("aria-label", options.label);
	el.addEventListener("click", (event) => {
		event.preventDefault();
		source.openNote(options.path, Boolean(Keymap.isModEvent(event)));
	});
	el.addEventListener("auxclick", (event) => {
		if (event.button !== 1) return;
		event.preventDefault();
		source.openNote(options.path, true);
	});
	el.addEventListener("keydown", (event) => {
		if (event.key !== "Enter" && event.key !== " ") return;
		event.preventDefault();
		source.openNote(options.path, event.ctrlKey || event.metaKey);
	});
	return el;
}
