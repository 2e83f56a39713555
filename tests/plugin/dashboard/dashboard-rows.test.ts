import { afterEach, describe, expect, it } from "vitest";
import { byKey, click, goal, manySessions, model, openDashboard, press, session, texts } from "./dashboard-fixtures";
import type { OpenDashboard } from "./dashboard-fixtures";

let d: OpenDashboard | null = null;
afterEach(async () => {
	await d?.h.dispose();
	d = null;
});

describe("dashboard rows", () => {
	it("opens a note on click, in a new tab on Ctrl/Cmd-click or middle-click, and on Enter or Space", async () => {
		d = await openDashboard();
		const row = byKey(d.el, "goal:Goals/Summarise in meetings.md");
		expect(row.getAttribute("role")).toBe("link");
		expect(row.getAttribute("tabindex")).toBe("0");
		// Named by what it shows, so the name always holds the visible text.
		expect(row.getAttribute("aria-label")).toBeNull();
		expect(row.textContent).toBe("Summarise in meetings");
		click(row);
		click(row, { ctrlKey: true });
		click(row, { metaKey: true });
		row.dispatchEvent(new MouseEvent("auxclick", { bubbles: true, button: 1 }));
		press(row, "Enter");
		press(row, " ");
		press(row, "Enter", { metaKey: true });
		press(row, "a");
		const path = "Goals/Summarise in meetings.md";
		expect(d.source.opened).toEqual([
			{ path, newLeaf: false },
			{ path, newLeaf: true },
			{ path, newLeaf: true },
			{ path, newLeaf: true },
			{ path, newLeaf: false },
			{ path, newLeaf: false },
			{ path, newLeaf: true },
		]);
	});

	it("opens the session, its case and my report from a timeline row", async () => {
		d = await openDashboard();
		click(byKey(d.el, "session:Sessions/Session 3.md"));
		press(byKey(d.el, "session-case:Sessions/Session 3.md"), "Enter");
		click(byKey(d.el, "session-report:Sessions/Session 3.md"));
		click(byKey(d.el, "trajectory:Trajectories/Team leads 2026.md"));
		expect(d.source.opened.map((o) => o.path)).toEqual([
			"Sessions/Session 3.md",
			"Cases/How can I delegate.md",
			"Reports/2026-03-03 Session 3.md",
			"Trajectories/Team leads 2026.md",
		]);
		const row = d.el.find(".intervisie-dash-session");
		// A screen reader reads the whole row: the link has no label that would drop the theme or my role.
		const link = byKey(d.el, "session:Sessions/Session 3.md");
		expect(link.getAttribute("aria-label")).toBeNull();
		expect(link.textContent).toContain("Theme: Asking questions");
		expect(link.textContent).toContain("My role: Participant");
		expect(byKey(d.el, "session-report:Sessions/Session 3.md").getAttribute("aria-label")).toBe("Your report on Session 3");
		expect(row.textContent).toContain("3\u00a0Mar\u00a02026");
		expect(row.textContent).toContain("Case-bringer: Anna");
		expect(row.textContent).toContain("Method: Six phases");
		expect(row.textContent).toContain("Theme: Asking questions");
		expect(row.textContent).toContain("My role: Participant");
	});

	it("shows note text as text: markup in a title never becomes elements", async () => {
		const title = "<b>Bold</b> & <img src=x onerror=alert(1)>";
		d = await openDashboard(model({
			goals: { filter: "active", rows: [goal({ title })], total: 1 },
			sessions: [session({ theme: "<b>theme</b>", caseBringers: ["<i>Anna</i>"] })],
			problems: [{ path: "x.md", title: "<b>x</b>", severity: "error", code: "malformed-yaml", message: "<script>bad</script>" }],
		}));
		expect(texts(d.el, ".intervisie-dash-card-title")).toEqual([title]);
		expect(d.el.querySelector("b, i, img, script")).toBeNull();
		expect(d.el.textContent).toContain("Theme: <b>theme</b>");
		expect(d.el.textContent).toContain("<script>bad</script>");
	});

	it("marks a missing report in words, not colour alone", async () => {
		d = await openDashboard(model({ sessions: [session({ myReportPath: null, reportMissing: true })] }));
		const row = d.el.find(".intervisie-dash-session");
		expect(row.find(".intervisie-dash-missing")?.textContent).toBe("Report missing");
		d.h.setLanguage("nl");
		d.source.notify();
		expect(d.el.find(".intervisie-dash-missing")?.textContent).toBe("Verslag ontbreekt");
	});

	it("shows the note-taker the question round of a session in words, in both languages", async () => {
		const questions = { open: 6, closed: 3, advice: 1, leading: 0, helped: 2, total: 10, openPercent: 60 };
		d = await openDashboard(model({ sessions: [session({ questions })] }));
		const text = () => d?.el.find(".intervisie-dash-session-questions")?.textContent ?? "";
		expect(text()).toContain("Questions you noted: 6 of 10 open (60 %)");
		expect(text()).toContain("6 open · 3 closed · 1 advice in disguise · 0 leading · 2 helped the case-bringer");
		d.h.setLanguage("nl");
		d.source.notify();
		expect(text()).toContain("Vragen die je noteerde: 6 van 10 open (60 %)");
		expect(text()).toContain("3 gesloten · 1 verkapt advies · 0 sturend · 2 hielpen de inbrenger");
	});

	it("shows the eight sessions nearest to today first, then more on request", async () => {
		const rows = manySessions(20);
		const today = rows[10]?.date ?? "";
		d = await openDashboard(model({ today, sessions: rows }));
		const shown = () => texts(d!.el, ".intervisie-dash-session-title");
		expect(shown()).toEqual([7, 8, 9, 10, 11, 12, 13, 14].map((n) => `Session ${n}`));
		const more = byKey(d.el, "sessions-more");
		expect(more.textContent).toBe("Show more (12 more)");
		more.focus();
		click(more);
		expect(shown()).toHaveLength(16);
		expect(byKey(d.el, "sessions-more").textContent).toBe("Show more (4 more)");
		expect(d.el.ownerDocument.activeElement?.getAttribute("data-key")).toBe("sessions-more");
		click(byKey(d.el, "sessions-more"));
		expect(shown()).toHaveLength(20);
		expect(d.el.querySelector("[data-key='sessions-more']")).toBeNull();
	});

	it("renders at most one page of rows for 300 sessions", async () => {
		d = await openDashboard(model({ sessions: manySessions(300) }));
		expect(d.el.findAll(".intervisie-dash-session")).toHaveLength(8);
		const dates = texts(d.el, ".intervisie-dash-session-date");
		// Today is 2026-03-10, a session day: it and the seven around it, the earlier one winning a tie.
		expect(dates).toEqual(["13\u00a0Jan\u00a02026", "27\u00a0Jan\u00a02026", "10\u00a0Feb\u00a02026", "24\u00a0Feb\u00a02026", "10\u00a0Mar\u00a02026", "24\u00a0Mar\u00a02026", "7\u00a0Apr\u00a02026", "21\u00a0Apr\u00a02026"]);
		expect(byKey(d.el, "sessions-more").textContent).toBe("Show more (292 more)");
	});

	it("words every kind of reminder and opens its note", async () => {
		d = await openDashboard(model({
			reminders: [
				{ kind: "case-not-ready", path: "Cases/My case.md", title: "Session 4", date: "2026-03-24", days: 14 },
				{ kind: "report-missing", path: "Sessions/Session 3.md", title: "Session 3", date: "2026-03-03", days: -7 },
				{ kind: "deadline-near", path: "Goals/Summarise in meetings.md", title: "Summarise in meetings", date: "2026-03-10", days: 0 },
				{ kind: "action-overdue", path: "Reports/r.md", title: "Ask Piet for feedback", date: "2026-03-08", days: -2 },
			],
		}), "nl");
		expect(texts(d.el, ".intervisie-dash-reminders .intervisie-dash-row-title")).toEqual([
			"Bereid je casus voor Session 4 voor",
			"Schrijf je verslag van Session 3",
			"Streefdatum van Summarise in meetings",
			"Actie te laat: Ask Piet for feedback",
		]);
		const whens = texts(d.el, ".intervisie-dash-reminders .intervisie-dash-muted");
		expect(whens).toEqual(["24\u00a0mrt\u00a02026, over 14 dagen", "3\u00a0mrt\u00a02026, 7 dagen te laat", "10\u00a0mrt\u00a02026, vandaag", "8\u00a0mrt\u00a02026, 2 dagen te laat"]);
		press(byKey(d.el, "reminder:3:Reports/r.md"), " ");
		// A reminder is a list item with a link inside, not a list item turned into a link.
		expect(byKey(d.el, "reminder:3:Reports/r.md").closest("li")?.getAttribute("role")).toBeNull();
		expect(byKey(d.el, "reminder:3:Reports/r.md").tagName).not.toBe("LI");
		expect(d.source.opened).toEqual([{ path: "Reports/r.md", newLeaf: false }]);
	});

	it("lists problems with a localised kind, the message, and a link to the note", async () => {
		d = await openDashboard(model({
			problems: [{ path: "Goals/Broken.md", title: "Broken", severity: "error", code: "malformed-yaml", message: "The properties cannot be read." }],
		}));
		const item = d.el.find(".intervisie-dash-problems .intervisie-dash-row");
		// The list item stays a list item; the link inside it reads the kind, the note and what is wrong.
		expect(item.tagName).toBe("LI");
		expect(item.getAttribute("role")).toBeNull();
		const row = item.querySelector<HTMLElement>("[role=link]");
		if (!row) throw new Error("no link in the problem row");
		expect(row.getAttribute("aria-label")).toBeNull();
		expect(row.textContent).toContain("Error");
		expect(row.textContent).toContain("Broken");
		expect(row.textContent).toContain("Properties cannot be read");
		expect(row.textContent).toContain("The properties cannot be read.");
		click(row);
		expect(d.source.opened[0]?.path).toBe("Goals/Broken.md");
	});

	it("shows the first-run state with buttons that call the source", async () => {
		d = await openDashboard(model({ empty: true, header: null, trajectories: [], goals: { filter: "active", rows: [], total: 0 }, sessions: [] }));
		expect(d.el.find(".intervisie-dash-empty h2")?.textContent).toBe("Start your intervisie journal");
		expect(d.el.find(".intervisie-dash-section")).toBeNull();
		click(byKey(d.el, "empty-trajectory"));
		click(byKey(d.el, "empty-goal"));
		expect(d.source.created).toEqual(["trajectory", "goal"]);
		d.h.setLanguage("nl");
		d.source.notify();
		expect(texts(d.el, ".intervisie-dash-empty button")).toEqual(["Nieuw traject", "Nieuw leerdoel"]);
	});

	it("shows the rhythm as a table of counts with the streak in words", async () => {
		d = await openDashboard();
		const table = d.el.find(".intervisie-dash-heatmap") as HTMLTableElement;
		expect(table.find("caption")?.textContent).toBe("Reports and cases per month");
		expect(texts(table, "thead th").map((t) => t.slice(0, 3))).toEqual(["Jan", "Feb", "Mar"]);
		expect(texts(table, "tbody tr:first-child td")).toEqual(["1", "1", "2"]);
		expect(texts(table, "tbody tr:nth-child(2) td")).toEqual(["0", "1", "0"]);
		expect(d.el.find(".intervisie-dash-streak")?.textContent).toBe("3 sessions in a row with your report");
		expect(d.el.textContent).toContain("4 reports and 1 case in 3 months.");
	});
});
