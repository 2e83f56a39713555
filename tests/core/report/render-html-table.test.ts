import { describe, expect, it } from "vitest";
import { htmlPage } from "../../../src/core/report/report-page";
import { renderHtmlBlocks } from "../../../src/core/report/render-html";

describe("a report table on a narrow page", () => {
	it("names each cell after its column, escaped, so a phone can show the rows as cards", () => {
		const html = renderHtmlBlocks([{ kind: "table", head: ["Session", 'Case "brought"'], rows: [["1", "<b>Yes</b>"]] }]);
		expect(html).toContain('<td data-label="Session">1</td>');
		expect(html).toContain('<td data-label="Case &quot;brought&quot;">&lt;b&gt;Yes&lt;/b&gt;</td>');
	});

	it("lays a table out as cards below 40rem, headings kept for screen readers", () => {
		const page = htmlPage("Report", "en", "");
		expect(page).toMatch(/@media screen and \(max-width: 40rem\) \{[^@]*td::before \{ content: attr\(data-label\)/);
	});
});
