import type { FormLike } from "../harness/form-driver";
import type { Harness } from "../harness/harness";

/** Drives the plan preview table: one input per cell, found by the session's number and the column. */
export function cell(modal: FormLike, number: number, column: "date" | "caseBringers" | "facilitator" | "noteTaker" | "theme"): HTMLInputElement {
	const input = modal.contentEl.querySelector<HTMLInputElement>(`tr[data-number="${number}"] input[data-column="${column}"]`);
	if (!input) throw new Error(`No ${column} cell for session ${number}`);
	return input;
}

export function typeInto(input: HTMLInputElement, value: string): void {
	input.value = value;
	input.dispatchEvent(new Event("input", { bubbles: true }));
}

/** The messages shown under the row of session `number`. */
export function rowMessages(modal: FormLike, number: number): string {
	const row = modal.contentEl.querySelector(`tr[data-number="${number}"]`);
	const messages = row?.nextElementSibling;
	return messages?.classList.contains("intervisie-hidden") ? "" : (messages?.textContent ?? "");
}

/** The properties of a note as Obsidian's cache holds them. */
export function frontmatterOf(h: Harness, path: string): Record<string, unknown> {
	const fm = h.app.metadataCache.getFileCache(h.file(path))?.frontmatter;
	if (!fm) throw new Error(`No properties in ${path}`);
	return fm;
}

export function filesIn(h: Harness, folder: string): string[] {
	return h.app.vault
		.getMarkdownFiles()
		.map((f) => f.path)
		.filter((path) => path.startsWith(`${folder}/`))
		.sort();
}
