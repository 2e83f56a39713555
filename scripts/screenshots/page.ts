import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * A form's live values live in DOM properties, which serialising leaves out: copy them into attributes so
 * the static page shows what the person typed.
 */
export function freezeFormValues(root: HTMLElement): void {
	for (const input of Array.from(root.querySelectorAll("input"))) input.setAttribute("value", input.value);
	for (const area of Array.from(root.querySelectorAll("textarea"))) area.textContent = area.value;
	for (const select of Array.from(root.querySelectorAll("select"))) {
		for (const option of Array.from(select.options)) option.toggleAttribute("selected", option.value === select.value);
	}
}

/** A view's serialised DOM, its typed values kept, in a leaf the theme gives a size. */
export function leafMarkup(containerEl: HTMLElement): string {
	freezeFormValues(containerEl);
	return `<div class="workspace-leaf intervisie-screenshot-leaf">${containerEl.outerHTML}</div>`;
}

/** A static page: an Obsidian-like theme, the plugin's own stylesheet, and the serialised DOM of a view or modal. */
export function pageHtml(root: string, theme: "light" | "dark", markup: string, language: string): string {
	const css = [readFileSync(join(root, "scripts/screenshots/obsidian-theme.css"), "utf8"), readFileSync(join(root, "styles.css"), "utf8")].join("\n");
	return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><style>${css}</style></head><body class="theme-${theme}">${markup}</body></html>`;
}
