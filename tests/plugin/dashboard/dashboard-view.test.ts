import { afterEach, describe, expect, it } from "vitest";
import { DASHBOARD_VIEW_TYPE } from "../../../src/plugin/dashboard/dashboard-view";
import { byKey, click, goal, model, openDashboard, texts } from "./dashboard-fixtures";
import type { OpenDashboard } from "./dashboard-fixtures";

let d: OpenDashboard | null = null;
afterEach(async () => {
	await d?.h.dispose();
	d = null;
});

describe("dashboard view", () => {
	it("opens in a leaf with its type, icon, title and every section", async () => {
		d = await openDashboard(model({ reminders: [{ kind: "report-missing", path: "Sessions/Session 3.md", title: "Session 3", date: "2026-03-03", days: -7 }] }));
		expect(d.view.getViewType()).toBe(DASHBOARD_VIEW_TYPE);
		expect(d.view.getIcon()).toBe("line-chart");
		expect(d.view.getDisplayText()).toBe("Intervisie dashboard");
		expect(d.el.isConnected).toBe(true);
		expect(texts(d.el, ".intervisie-dash-section-title")).toEqual(["Trajectory", "Reminders", "Learning goals", "Sessions", "Rhythm"]);
		expect(d.el.find(".intervisie-dash-trajectory-name")?.textContent).toBe("Team leads 2026");
		expect(d.el.textContent).toContain("3 of 5 sessions held");
		expect(d.el.textContent).toContain("Next session: 24\u00a0Mar\u00a02026, in 14 days");
		expect(d.el.textContent).toContain("You bring the case");
		expect(d.el.textContent).toContain("Your case preparation: not ready yet");
		expect(d.el.textContent).toContain("Your report on the last session: missing");
		expect(d.el.textContent).toContain("Write your report on Session 3");
		expect(d.el.textContent).toContain("7 days overdue");
		expect(d.source.requests[0]).toEqual({ trajectory: null, goalFilter: "active" });
	});

	it("speaks Dutch when Obsidian does", async () => {
		d = await openDashboard(model({ goals: { filter: "active", rows: [goal({ stale: true, hintCount: 2, daysLeft: -2, deadline: "2026-03-08" })], total: 3 } }), "nl");
		expect(d.view.getDisplayText()).toBe("Intervisiedashboard");
		expect(texts(d.el, ".intervisie-dash-section-title")).toEqual(["Traject", "Leerdoelen", "Bijeenkomsten", "Ritme"]);
		const text = d.el.textContent ?? "";
		expect(text).toContain("3 van 5 bijeenkomsten gehouden");
		expect(text).toContain("over 14 dagen");
		expect(text).toContain("Streefdatum 8\u00a0mrt\u00a02026, 2 dagen te laat");
		expect(text).toContain("Niet op gereflecteerd in de laatste twee bijeenkomsten");
		expect(text).toContain("2 coachingstips");
		expect(text).toContain("3 verslagen · 1 casus · 2 gekoppelde notities");
		expect(text).toContain("Actief");
		expect(text).toContain("1 van 3 getoond");
		expect(text).toContain("Mijn rol: Deelnemer");
		expect(text).toContain("3 bijeenkomsten op rij met je verslag");
	});

	it("follows a language change on the next render", async () => {
		d = await openDashboard();
		d.h.setLanguage("nl");
		d.source.notify();
		expect(texts(d.el, ".intervisie-dash-section-title")[0]).toBe("Traject");
	});

	it("re-renders on a source notification without recreating the container or losing the scroll position", async () => {
		d = await openDashboard();
		const container = d.view.containerEl;
		const content = d.el;
		content.scrollTop = 240;
		d.source.notify(model({ goals: { filter: "active", rows: [goal({ title: "Ask before advising" })], total: 1 } }));
		expect(d.view.containerEl).toBe(container);
		expect(d.view.contentEl).toBe(content);
		expect(content.scrollTop).toBe(240);
		expect(texts(d.el, ".intervisie-dash-card-title")).toEqual(["Ask before advising"]);
	});

	it("keeps focus on the same element when the part holding it is drawn again", async () => {
		d = await openDashboard();
		const before = byKey(d.el, "goal:Goals/Summarise in meetings.md");
		before.focus();
		d.source.notify(model({ goals: { filter: "active", rows: [goal({ hintCount: 3 })], total: 1 } }));
		const focused = d.el.ownerDocument.activeElement;
		expect(before.isConnected).toBe(false);
		expect(focused).not.toBe(before);
		expect(focused?.getAttribute("data-key")).toBe("goal:Goals/Summarise in meetings.md");
		expect(d.el.contains(focused)).toBe(true);
	});

	it("draws again only the sections whose part of the model changed, and keeps the others' elements and focus", async () => {
		d = await openDashboard();
		const sections = (): Element[] => Array.from(d?.el.children ?? []);
		const before = sections();
		const link = byKey(d.el, "goal:Goals/Summarise in meetings.md");
		link.focus();
		const changed = model();
		if (changed.header) changed.header.sessionsHeld = 4;
		d.source.notify(changed);
		const after = sections();
		expect(after).toHaveLength(before.length);
		// The header shows the change; every other section is the very element it was.
		expect(after[0]).not.toBe(before[0]);
		expect(after[0]?.textContent).toContain("4 of 5 sessions held");
		expect(after.slice(1)).toEqual(before.slice(1));
		for (const [i, el] of after.slice(1).entries()) expect(el).toBe(before[i + 1]);
		expect(d.el.ownerDocument.activeElement).toBe(link);
	});

	it("builds the overdue actions' rows when their line is opened, and keeps it open and filled, with focus, across a redraw", async () => {
		const action = (title: string, days: number) => ({ kind: "action-overdue" as const, path: "Reports/R.md", title, date: "2026-03-01", days });
		d = await openDashboard(model({ reminders: [action("Call Joris", -9), action("Ask Maud", -2)] }));
		const group = (): HTMLDetailsElement => d?.el.querySelector(".intervisie-dash-reminder-group details") as HTMLDetailsElement;
		expect(group().querySelectorAll("li")).toHaveLength(0);
		group().querySelector("summary")?.click();
		expect(group().querySelectorAll("li")).toHaveLength(2);
		const done = Array.from(group().querySelectorAll("button")).find((b) => b.getAttribute("aria-label") === "Done: Ask Maud");
		done?.focus();
		const key = done?.getAttribute("data-key");
		d.source.notify(model({ reminders: [action("Call Joris", -9), action("Ask Maud", -2), action("Book a room", -1)] }));
		expect(group().open).toBe(true);
		expect(group().querySelectorAll("li")).toHaveLength(3);
		expect(d.el.ownerDocument.activeElement?.getAttribute("data-key")).toBe(key);
		expect(d.el.ownerDocument.activeElement).not.toBe(done);
	});

	it("draws the same elements part by part as a view drawn from scratch", async () => {
		d = await openDashboard();
		const steps = [
			model({ goals: { filter: "active", rows: [goal({ title: "Ask before advising" })], total: 1 } }),
			model({ reminders: [{ kind: "report-missing", path: "Sessions/Session 3.md", title: "Session 3", date: "2026-03-03", days: -7 }] }),
			model({ empty: true }),
			model(),
		];
		for (const step of steps) {
			d.source.notify(step);
			const fresh = await openDashboard(step);
			try {
				expect(d.el.innerHTML).toBe(fresh.el.innerHTML);
			} finally {
				await fresh.h.dispose();
			}
		}
	});

	it("switches the goal filter with two pressed-state buttons and asks the source again", async () => {
		d = await openDashboard();
		const active = byKey(d.el, "goal-filter:active");
		const all = byKey(d.el, "goal-filter:all");
		expect(active.getAttribute("aria-pressed")).toBe("true");
		expect(all.getAttribute("aria-pressed")).toBe("false");
		d.source.current = model({ goals: { filter: "all", rows: [goal(), goal({ path: "Goals/Old.md", title: "Old", status: "achieved" })], total: 2 } });
		all.focus();
		click(all);
		expect(d.source.requests.at(-1)).toEqual({ trajectory: null, goalFilter: "all" });
		expect(byKey(d.el, "goal-filter:all").getAttribute("aria-pressed")).toBe("true");
		expect(d.el.ownerDocument.activeElement?.getAttribute("data-key")).toBe("goal-filter:all");
		expect(d.view.getState()).toMatchObject({ goalFilter: "all" });
	});

	it("offers a trajectory switcher only when there are several, and asks for the chosen one", async () => {
		d = await openDashboard();
		expect(d.el.find("select")).toBeNull();
		const trajectories = [
			{ path: "Trajectories/Team leads 2026.md", name: "Team leads 2026", selected: true },
			{ path: "Trajectories/Coaches <2025>.md", name: "Coaches <2025>", selected: false },
		];
		d.source.notify(model({ trajectories }));
		const select = d.el.find("select") as HTMLSelectElement;
		expect(Array.from(select.options).map((o) => o.textContent)).toEqual(["Team leads 2026", "Coaches <2025>"]);
		expect(select.value).toBe("Trajectories/Team leads 2026.md");
		select.value = "Trajectories/Coaches <2025>.md";
		select.dispatchEvent(new Event("change", { bubbles: true }));
		expect(d.source.requests.at(-1)).toEqual({ trajectory: "Trajectories/Coaches <2025>.md", goalFilter: "active" });
	});

	it("restores its choices from the saved workspace state", async () => {
		d = await openDashboard();
		await d.view.setState({ trajectory: "Trajectories/Other.md", goalFilter: "all" }, { history: false });
		expect(d.source.requests.at(-1)).toEqual({ trajectory: "Trajectories/Other.md", goalFilter: "all" });
	});

	it("shows goals outside any trajectory when there is no header", async () => {
		d = await openDashboard(model({ header: null, trajectories: [] }));
		expect(d.el.textContent).toContain("Goals and reports outside any trajectory");
		expect(texts(d.el, ".intervisie-dash-card-title")).toEqual(["Summarise in meetings"]);
	});

	it("stops listening when closed", async () => {
		d = await openDashboard();
		expect(d.source.subscribers).toBe(1);
		d.view.leaf.detach();
		await d.h.settle();
		expect(d.source.subscribers).toBe(0);
	});
});
