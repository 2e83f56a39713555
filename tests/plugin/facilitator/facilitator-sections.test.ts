import { afterEach, describe, expect, it } from "vitest";
import { GROUP, member, trajectory } from "../../core/facilitator/fixture";
import { byKey, click, facilitatorModel, press, renderView, texts } from "./facilitator-fixtures";

afterEach(() => document.body.empty());

describe("facilitator view", () => {
	it("shows every section under its heading, with the trajectory in the header", () => {
		const { el } = renderView();
		expect(el.classList.contains("intervisie-dash")).toBe(true);
		expect(texts(el, ".intervisie-dash-section-title")).toEqual(["Group", "Attendance", "Case rotation", "Reports per session", "Themes and methods", "Questions over the trajectory", "Members"]);
		expect(el.find(".intervisie-dash-trajectory-name")?.textContent).toBe("Team leads 2026");
		const header = el.find(".intervisie-fac-group")?.textContent ?? "";
		expect(header).toContain("Facilitator: Marleen");
		expect(header).toContain("7 members: Anna, Bram, Chris, Dewi, Eva, Farid, Gijs");
		expect(header).toContain("3 of 6 sessions held");
		expect(header).toContain("Next session: Session 5, 14\u00a0Apr\u00a02026, in 13 days");
	});

	it("lists the case rotation: cases brought with their sessions, the next turn, and who has not had one", () => {
		const view = renderView();
		const rows = Array.from(view.el.querySelectorAll(".intervisie-fac-rotation-row"));
		expect(rows.map((r) => r.find(".intervisie-dash-row-title")?.textContent)).toEqual(["Anna", "Bram", "Chris", "Dewi", "Eva", "Farid", "Gijs"]);
		expect(rows[0]?.textContent).toContain("Brought 1 case");
		expect(rows[0]?.textContent).toContain("Next turn: Session 6, 12\u00a0May\u00a02026");
		expect(rows[4]?.textContent).toContain("No case yet");
		expect(rows[4]?.find(".intervisie-fac-not-yet")?.textContent).toBe("Not yet");
		expect(rows[5]?.textContent).toContain("No turn planned");
		press(byKey(view.el, "fac-brought:Anna:Intervisie/Sessions/Session 1.md"), "Enter");
		click(byKey(view.el, "fac-next:Eva:Intervisie/Sessions/Session 5.md"));
		expect(view.opened.map((o) => o.path)).toEqual(["Intervisie/Sessions/Session 1.md", "Intervisie/Sessions/Session 5.md"]);
	});

	it("lists per held session, newest first, whose reports are missing, and opens the reports found", () => {
		const view = renderView();
		const rows = Array.from(view.el.querySelectorAll(".intervisie-fac-report-row"));
		expect(rows.map((r) => r.find(".intervisie-fac-report-session")?.textContent)).toEqual(["Session 4, 17\u00a0Mar\u00a02026", "Session 2, 10\u00a0Feb\u00a02026", "Session 1, 20\u00a0Jan\u00a02026"]);
		expect(rows[0]?.find(".intervisie-dash-missing")?.textContent).toBe("Missing: Dewi, Eva");
		expect(rows[0]?.textContent).toContain("3 of 5 expected reports shared");
		expect(rows[1]?.textContent).toContain("No attendance recorded: every member is expected to report.");
		const report = byKey(view.el, `fac-report:${GROUP}/Chris/Report 4.md`);
		expect(report.textContent).toBe("Chris");
		expect(report.getAttribute("aria-label")).toBe("Report of Chris on Session 4");
		click(report);
		click(byKey(view.el, "fac-reports:Intervisie/Sessions/Session 4.md"), { metaKey: true });
		expect(view.opened).toEqual([
			{ path: `${GROUP}/Chris/Report 4.md`, newLeaf: false },
			{ path: "Intervisie/Sessions/Session 4.md", newLeaf: true },
		]);
	});

	it("says so when no report is missing", () => {
		const anna = member("Anna", [["report", "R.md", { date: "2026-01-20" }]]);
		const { el } = renderView(facilitatorModel({ trajectory: trajectory({ members: ["Anna"] }), members: [anna] }));
		const first = Array.from(el.querySelectorAll(".intervisie-fac-report-row")).pop();
		expect(first?.textContent).toContain("No reports missing");
		expect(first?.querySelector(".intervisie-dash-missing")).toBeNull();
	});

	it("counts the themes and methods of held sessions", () => {
		const { el } = renderView();
		expect(texts(el, ".intervisie-fac-themes li")).toEqual(["Listening2 sessions", "Giving feedback1 session"]);
		expect(texts(el, ".intervisie-fac-methods li")).toEqual(["Six-phase model2 sessions", "Incident method1 session"]);
	});

	it("shows first-run words for an empty group and nothing else", () => {
		const { el } = renderView(facilitatorModel({ trajectory: trajectory({ members: [] }), sessions: [], members: [] }));
		expect(el.find(".intervisie-dash-empty h2")?.textContent).toBe("No group yet");
		expect(el.querySelector(".intervisie-fac-attendance")).toBeNull();
		expect(el.find(".intervisie-dash-trajectory-name")?.textContent).toBe("Team leads 2026");
	});

	it("shows note text as text: markup in names, themes and titles never becomes elements", () => {
		const name = "<b>Anna</b> <img src=x onerror=alert(1)>";
		const shared = member(name, [["goal", "G.md", { status: "active" }]]);
		const { el } = renderView(facilitatorModel({ trajectory: trajectory({ members: [name], name: "<i>Team</i>" }), members: [shared] }));
		expect(el.querySelector("b, i, img")).toBeNull();
		expect(el.find(".intervisie-dash-trajectory-name")?.textContent).toBe("<i>Team</i>");
		expect(texts(el, ".intervisie-fac-member-name")).toEqual([name]);
	});

	it("re-renders in place: no duplicate content, focus stays on the same row", () => {
		const view = renderView();
		const key = "fac-col:Intervisie/Sessions/Session 2.md";
		byKey(view.el, key).focus();
		view.render(facilitatorModel({ language: "nl" }));
		expect(texts(view.el, ".intervisie-dash-section-title")[0]).toBe("Groep");
		expect(view.el.querySelectorAll("table.intervisie-fac-matrix")).toHaveLength(1);
		expect(document.activeElement?.getAttribute("data-key")).toBe(key);
	});
});
