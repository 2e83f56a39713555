import type { App } from "./app";
import { Component } from "./component";
import "./dom";

/**
 * A stand-in for Obsidian's renderer: paragraphs as `<p>`, headings as `<hN>`, wikilinks as
 * `a.internal-link` with `data-href`, `==highlights==` as `<mark>`. Enough to assert text, links and marks, not
 * formatting.
 */
export class MarkdownRenderer extends Component {
	static async render(app: App, markdown: string, el: HTMLElement, sourcePath: string, component: Component): Promise<void> {
		void app;
		void sourcePath;
		void component;
		for (const block of markdown.split(/\n{2,}/)) {
			if (block.trim() === "") continue;
			const heading = /^(#{1,6})\s+(.*)$/.exec(block);
			const el2 = heading ? el.createEl(`h${heading[1]?.length ?? 1}` as "h1", {}) : el.createEl("p");
			appendInline(el2, heading ? (heading[2] ?? "") : block);
		}
	}

	static async renderMarkdown(markdown: string, el: HTMLElement, sourcePath: string, component: Component): Promise<void> {
		return MarkdownRenderer.render(undefined as unknown as App, markdown, el, sourcePath, component);
	}
}

function appendInline(el: HTMLElement, text: string): void {
	const highlight = /==([^=\n]+)==/g;
	let at = 0;
	for (const match of text.matchAll(highlight)) {
		appendLinks(el, text.slice(at, match.index));
		el.createEl("mark", { text: match[1] ?? "" });
		at = match.index + match[0].length;
	}
	appendLinks(el, text.slice(at));
}

function appendLinks(el: HTMLElement, text: string): void {
	const link = /\[\[([^\]|]+)(?:\|([^\]]+))?\]\]/g;
	let at = 0;
	for (const match of text.matchAll(link)) {
		el.appendText(text.slice(at, match.index));
		const target = match[1] ?? "";
		el.createEl("a", { cls: "internal-link", text: match[2] ?? target, attr: { "data-href": target, href: target } });
		at = match.index + match[0].length;
	}
	el.appendText(text.slice(at));
}
