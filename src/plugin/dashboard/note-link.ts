import { Keymap } from "obsidian";
import type { DashboardSource } from "./dashboard-source";

export interface NoteLinkOptions {
	path: string;
	/** The accessible name: what a screen reader says for this row. */
	label: string;
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
	el.setAttrs({ tabindex: 0, role: "link", "aria-label": options.label, "data-key": options.key, "data-path": options.path });
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
