import { describe, expect, it } from "vitest";
import { Window } from "happy-dom";
import { buildGroupReportHtml, buildGroupReportMarkdown, buildReportHtml, buildReportMarkdown } from "../../../src/core/report/build-trajectory-report";
import { reportFileName } from "../../../src/core/report/report-file-name";
import { HOSTILE, reportInput } from "./report-fixture";

function parseHtml(html: string): Document {
	const window = new Window();
	return new window.DOMParser().parseFromString(html, "text/html") as unknown as Document;
}

const headings = (markdown: string): string[] => markdown.match(/^#{1,6} .*$/gm) ?? [];

describe("buildReportMarkdown", () => {
	it("is a note with plain properties that no intervisie kind claims", () => {
		const md = buildReportMarkdown(reportInput());
		expect(md.startsWith("---\ntype: trajectory-report\ntrajectory: Team leads 2026\nmember: Sanne de Vries\ndate: 2026-06-29\n---\n\n")).toBe(true);
		expect(md).not.toMatch(/^intervisie:/m);
	});

	it("has the sections in reading order, a heading per goal and per insight", () => {
		expect(headings(buildReportMarkdown(reportInput()))).toEqual([
			"# Trajectory report Sanne de Vries, Team leads 2026",
			"## Intake",
			"### Agreements",
			"### Listen before I advise",
			"## Learning goals",
			"### Listen before I advise",
			"#### What I will do",
			"#### Quality check",
			"#### Progress",
			"### Plan my week",
			"#### What I will do",
			"#### Progress",
			"## Sessions",
			"## What I learned",
			"### 26 January 2026, 2026-01-26 Report session 1",
			"## Actions",
			"## Final evaluation",
		]);
	});

	it("shows ratings as a chart and as a table, and the hints of the quality check", () => {
		const md = buildReportMarkdown(reportInput());
		expect(md).toContain("| Date | Rating |\n| --- | --- |\n| 26 January 2026 | 4 |\n| 9 March 2026 | 5.5 |\n| 4 May 2026 | 7 |");
		expect(md).toContain("- Make it measurable: how often or how much?");
		expect(md).toContain("*No ratings yet.*");
		expect(md).toContain("*Not described yet.*");
	});

	it("keeps the chart as one HTML block: blank lines around it, none inside", () => {
		const md = buildReportMarkdown(reportInput());
		const svg = /\n\n(<svg[\s\S]*?<\/svg>)\n\n/.exec(md)?.[1] ?? "";
		expect(svg).toContain("<title>Listen before I advise: 3 ratings from 2026-01-26 to 2026-05-04, rising from 4 to 7 (scale 1 to 10, target 7).</title>");
		expect(svg).not.toMatch(/\n\s*\n/);
	});

	it("lists sessions with attendance and cases, and actions as a table rather than tasks", () => {
		const md = buildReportMarkdown(reportInput());
		expect(md).toContain("Attended 2 of 2 sessions.\nAttendance not recorded for 1 session.\n1 case brought in.");
		expect(md).toContain("| 2 | 9 March 2026 |  |  | Yes | Yes: How can I let my team decide? |");
		expect(md).toContain("| Ask two questions first | 9 February 2026 | Done |");
		expect(md).not.toMatch(/^\s*- \[[ x]\]/m);
	});

	it("escapes note text, so it never becomes HTML, a link, a tag, a comment or a table cell border", () => {
		const md = buildReportMarkdown(
			reportInput({
				member: HOSTILE,
				goals: [{ ...reportInput().goals[0]!, title: HOSTILE, statement: HOSTILE }],
				actions: [{ id: "a", text: HOSTILE, due: null, done: false, source: "r" }],
			}),
		);
		// Properties are shown as values, never rendered: only the body must be escaped.
		const body = md.slice(md.indexOf("\n---\n") + 5);
		const withoutSvg = body.replace(/<svg[\s\S]*?<\/svg>/g, "");
		expect(withoutSvg).not.toMatch(/(^|[^\\])<(script|img)/);
		expect(withoutSvg).not.toMatch(/(^|[^\\])\[\[/);
		expect(withoutSvg).not.toContain("%%");
		expect(withoutSvg).not.toMatch(/(^|[^\\])#tag/);
		expect(md).toContain("| \\<script\\>alert(\"x\")\\</script\\> \\& \\<img src\\=x onerror\\=alert(1)\\> \\[\\[Secret\\]\\] &#37;&#37; hidden \\| \\#tag \\*\\*b\\*\\* |  | Open |");
		const svg = /<svg[\s\S]*?<\/svg>/.exec(md)?.[0] ?? "";
		expect(svg).not.toContain("<script");
		expect(svg).toContain("&lt;script&gt;");
	});

	it("leaves out the insights and actions the participant unticked", () => {
		const md = buildReportMarkdown(reportInput(), { include: (item) => item.id !== "Reports/r1.md#action-1" && item.id !== "Reports/r1.md#insight" });
		expect(md).toContain("Ask two questions first");
		expect(md).not.toContain("Summarise the meeting");
		expect(md).not.toContain("I jump to solutions");
		expect(md).toContain("*No insights included.*");
	});

	it("writes Dutch texts and dates in a Dutch report", () => {
		const md = buildReportMarkdown(reportInput({ language: "nl" }));
		expect(headings(md)).toContain("## Leerdoelen");
		expect(md).toContain("| 9 maart 2026 | 5,5 |");
		expect(md).toContain("Aanwezig bij 2 van 2 bijeenkomsten.");
		expect(md).toContain("*Nog geen eindevaluatie.*");
	});
});

describe("buildReportHtml", () => {
	it("is one page with a language, a title, inline style and no script or outside resource", () => {
		const html = buildReportHtml(reportInput({ language: "nl" }));
		expect(html.startsWith("<!DOCTYPE html>\n<html lang=\"nl\">")).toBe(true);
		const doc = parseHtml(html);
		expect(doc.title).toBe("Trajectverslag Sanne de Vries, Team leads 2026");
		expect(doc.querySelectorAll("script")).toHaveLength(0);
		expect(doc.querySelectorAll("link, img, iframe, object")).toHaveLength(0);
		expect(doc.querySelectorAll("style")).toHaveLength(1);
		expect(doc.querySelector("h1")?.textContent).toBe("Trajectverslag Sanne de Vries, Team leads 2026");
		expect(doc.querySelectorAll("svg")).toHaveLength(1);
		expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
	});

	it("escapes every note text: it shows as the same text and adds no element", () => {
		const hostile = reportInput({
			member: HOSTILE,
			trajectory: { ...reportInput().trajectory, name: HOSTILE },
			goals: [{ ...reportInput().goals[0]!, title: HOSTILE, hints: [HOSTILE] }],
			sessions: [{ ...reportInput().sessions[1]!, theme: HOSTILE, caseQuestion: HOSTILE }],
			actions: [{ id: "a", text: HOSTILE, due: null, done: false, source: "r" }],
		});
		const html = buildReportHtml(hostile);
		expect(html).not.toMatch(/<script|<img/i);
		const doc = parseHtml(html);
		expect(doc.querySelectorAll("script, img")).toHaveLength(0);
		expect(doc.title).toBe(`Trajectory report ${HOSTILE}, ${HOSTILE}`);
		expect([...doc.querySelectorAll("h3")].map((h) => h.textContent)).toContain(HOSTILE);
		expect([...doc.querySelectorAll("td")].map((td) => td.textContent)).toContain(HOSTILE);
		expect(doc.querySelector("svg title")?.textContent?.startsWith(`${HOSTILE}: 3 ratings`)).toBe(true);
	});

	it("shows ratings in a table with column headers and a chart per rated goal", () => {
		const doc = parseHtml(buildReportHtml(reportInput()));
		const table = doc.querySelector("figure.chart + table");
		expect([...(table?.querySelectorAll("th") ?? [])].map((th) => th.textContent)).toEqual(["Date", "Rating"]);
		expect(table?.querySelectorAll("tbody tr")).toHaveLength(3);
		expect(doc.querySelectorAll("svg circle")).toHaveLength(3);
	});
});

describe("group reports", () => {
	const group = { language: "en" as const, date: "2026-06-29", trajectory: "Team leads 2026", reports: [reportInput(), reportInput({ member: "Joris Bakker", insights: [] })] };

	it("give each member a section one heading level down, starting on a new page", () => {
		const doc = parseHtml(buildGroupReportHtml(group));
		expect(doc.querySelector("h1")?.textContent).toBe("Trajectory reports, Team leads 2026");
		expect([...doc.querySelectorAll("section.member > h2")].map((h) => h.textContent)).toEqual([
			"Trajectory report Sanne de Vries, Team leads 2026",
			"Trajectory report Joris Bakker, Team leads 2026",
		]);
		expect(doc.querySelectorAll("section.member h3").length).toBeGreaterThan(0);
	});

	it("in markdown, list the members as a property", () => {
		const md = buildGroupReportMarkdown(group);
		expect(md.startsWith("---\ntype: trajectory-report\ntrajectory: Team leads 2026\nmembers:\n  - Sanne de Vries\n  - Joris Bakker\ndate: 2026-06-29\n---\n\n# Trajectory reports, Team leads 2026\n")).toBe(true);
		expect(headings(md)).toContain("## Trajectory report Joris Bakker, Team leads 2026");
		expect(headings(md)).toContain("### Learning goals");
	});
});

describe("reportFileName", () => {
	it("starts with the date and is safe as a file name", () => {
		expect(reportFileName({ date: "2026-06-29", member: "Sanne de Vries", language: "nl" })).toBe("2026-06-29 Trajectverslag Sanne de Vries");
		expect(reportFileName({ date: "2026-06-29", member: "A/B: C?", language: "en" })).toBe("2026-06-29 Trajectory report A B C");
	});
});
