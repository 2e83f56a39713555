import fc from "fast-check";
import { Window } from "happy-dom";
import { describe, expect, it } from "vitest";
import { escapeHtml, escapeMarkdown } from "../../../src/core/report/escape";
import { HOSTILE } from "./report-fixture";

/** What a CommonMark reader makes of backslash escapes and the `%` entity. */
const unescapeMarkdown = (text: string): string => text.replace(/&#37;/g, "%").replace(/\\([\s\S])/g, "$1");

describe("escapeHtml", () => {
	it("reads back as the same text in element content and in attributes, adding no element", () => {
		const window = new Window();
		fc.assert(
			fc.property(fc.string({ unit: "binary" }), (text) => {
				const clean = text.replace(/[\0\r]/g, "");
				const markup = `<div><span title="${escapeHtml(clean)}">${escapeHtml(clean)}</span></div>`;
				const div = new window.DOMParser().parseFromString(markup, "text/html").body.firstElementChild;
				if (!div) throw new Error("no element");
				expect(div.children).toHaveLength(1);
				expect(div.firstElementChild?.children).toHaveLength(0);
				expect(div.textContent).toBe(clean);
				expect(div.firstElementChild?.getAttribute("title")).toBe(clean);
			}),
		);
	});

	it("escapes the percent sign, so no Obsidian comment can start in embedded markup", () => {
		expect(escapeHtml("50%% <b>")).toBe("50&#37;&#37; &lt;b&gt;");
	});
});

describe("escapeMarkdown", () => {
	it("reads back as the same text on one line", () => {
		fc.assert(
			fc.property(fc.string(), (text) => {
				const line = escapeMarkdown(text);
				expect(line).not.toMatch(/[\r\n]/);
				expect(unescapeMarkdown(line)).toBe(text.replace(/\s*[\r\n]+\s*/g, " "));
			}),
		);
	});

	it("leaves no markdown or HTML special unescaped", () => {
		fc.assert(
			fc.property(fc.string(), (text) => {
				const bare = escapeMarkdown(text).replace(/\\[\s\S]/g, "").replace(/&#37;/g, "");
				expect(bare).not.toMatch(/[\\`*_[\]<>|#~=$^&!{}%]/);
			}),
		);
	});

	it("escapes what would start a list, a numbered list or a quote", () => {
		expect(escapeMarkdown("- not a list")).toBe("\\- not a list");
		expect(escapeMarkdown("+ not a list")).toBe("\\+ not a list");
		expect(escapeMarkdown("1. not a list")).toBe("1\\. not a list");
		expect(escapeMarkdown("> not a quote")).toBe("\\> not a quote");
		expect(escapeMarkdown("well-known 1.5")).toBe("well-known 1.5");
	});

	it("turns hostile text into inert text", () => {
		expect(escapeMarkdown(HOSTILE)).toBe(
			'\\<script\\>alert("x")\\</script\\> \\& \\<img src\\=x onerror\\=alert(1)\\> \\[\\[Secret\\]\\] &#37;&#37; hidden \\| \\#tag \\*\\*b\\*\\*',
		);
	});
});
