import { afterEach, describe, expect, it } from "vitest";
import { byKey, click, facilitatorModel, press, renderView, texts } from "./facilitator-fixtures";

afterEach(() => document.body.empty());

function matrix(el: HTMLElement): HTMLTableElement {
	const table = el.querySelector<HTMLTableElement>("table.intervisie-fac-matrix");
	if (!table) throw new Error("no matrix");
	return table;
}

describe("attendance matrix", () => {
	it("is a table with a caption, a column header per session and a row header per member", () => {
		const table = matrix(renderView().el);
		expect(table.querySelector("caption")?.textContent).toBe("Attendance per member and session");
		const cols = Array.from(table.querySelectorAll("thead th"));
		expect(cols.map((th) => th.getAttribute("scope"))).toEqual(Array(7).fill("col"));
		expect(cols[0]?.textContent).toBe("Member");
		expect(cols[1]?.textContent).toBe("Session 120\u00a0Jan\u00a02026");
		expect(cols[3]?.textContent).toBe("Session 33\u00a0Mar\u00a02026Cancelled");
		expect(cols[6]?.textContent).toBe("Session 612\u00a0May\u00a02026PlannedShared by Dewi");
		const rows = Array.from(table.querySelectorAll("tbody th"));
		expect(rows.map((th) => th.getAttribute("scope"))).toEqual(Array(7).fill("row"));
		expect(rows.map((th) => th.textContent)).toEqual(["Anna", "Bram", "Chris", "Dewi", "Eva", "Farid", "Gijs"]);
	});

	it("says each mark in words next to its symbol, never by colour alone", () => {
		const table = matrix(renderView().el);
		const farid = Array.from(table.querySelectorAll("tbody tr"))[5];
		expect(texts(farid as Element, "td")).toEqual(["✗absent", "?unknown", "–no session", "✓present", "?unknown", "?unknown"]);
		const cell = farid?.querySelector("td");
		expect(cell?.querySelector("[aria-hidden='true']")?.textContent).toBe("✗");
		expect(cell?.getAttribute("title")).toBe("Farid, Session 1: absent");
		expect(cell?.classList.contains("intervisie-fac-mark-absent")).toBe(true);
		expect(renderView().el.find(".intervisie-fac-legend")?.textContent).toContain("✓ present");
	});

	it("speaks Dutch when the model is Dutch", () => {
		const { el } = renderView(facilitatorModel({ language: "nl" }));
		const table = matrix(el);
		expect(table.querySelector("caption")?.textContent).toBe("Aanwezigheid per deelnemer en bijeenkomst");
		expect(texts(table, "tbody tr:first-child td").slice(0, 3)).toEqual(["✓aanwezig", "?onbekend", "–geen bijeenkomst"]);
		expect(table.querySelector("thead th:nth-child(4)")?.textContent).toBe("Bijeenkomst 33\u00a0mrt\u00a02026Afgelast");
	});

	it("opens a session from its column header by click, Ctrl/Cmd-click (new tab) and Enter", () => {
		const view = renderView();
		const header = byKey(view.el, "fac-col:Intervisie/Sessions/Session 2.md");
		expect(header.getAttribute("role")).toBe("link");
		expect(header.getAttribute("tabindex")).toBe("0");
		expect(header.getAttribute("aria-label")).toBeNull();
		expect(header.textContent).toBe("Session 210\u00a0Feb\u00a02026");
		click(header);
		click(header, { ctrlKey: true });
		press(header, "Enter");
		press(header, "Enter", { metaKey: true });
		const path = "Intervisie/Sessions/Session 2.md";
		expect(view.opened).toEqual([
			{ path, newLeaf: false },
			{ path, newLeaf: true },
			{ path, newLeaf: false },
			{ path, newLeaf: true },
		]);
	});

	it("says there are no sessions, or no members, instead of an empty table", () => {
		const noSessions = renderView(facilitatorModel({ sessions: [], members: [] })).el;
		expect(noSessions.querySelector("table.intervisie-fac-matrix")).toBeNull();
		expect(noSessions.find(".intervisie-fac-attendance")?.textContent).toContain("No sessions yet.");
	});
});
