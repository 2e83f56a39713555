import { afterEach, describe, expect, it } from "vitest";
import { GROUP } from "../../core/facilitator/fixture";
import { byKey, click, facilitatorModel, press, renderView, texts } from "./facilitator-fixtures";

afterEach(() => document.body.empty());

describe("member cards", () => {
	it("has a card per member with what they shared, and says who shared nothing or is not listed", () => {
		const { el } = renderView();
		const cards = Array.from(el.querySelectorAll(".intervisie-fac-member"));
		expect(texts(el, ".intervisie-fac-member-name")).toEqual(["Anna", "Bram", "Chris", "Dewi", "Eva", "Farid", "Gijs"]);
		expect(cards[0]?.textContent).toContain("2 reports · 0 case preparations shared");
		expect(cards[4]?.textContent).toContain("Nothing shared yet");
		expect(cards[6]?.find(".intervisie-dash-badge")?.textContent).toBe("Not in the member list");
		expect(cards[2]?.textContent).toContain("No shared learning goals");
	});

	it("draws each shared goal's ratings as a chart named in words, and opens the goal", () => {
		const view = renderView();
		const anna = view.el.find(".intervisie-fac-member");
		const goals = Array.from(anna?.querySelectorAll(".intervisie-fac-goal") ?? []);
		expect(goals.map((g) => g.find(".intervisie-fac-goal-title")?.textContent)).toEqual(["Listen first", "Speak up"]);
		expect(goals[0]?.find(".intervisie-dash-badge")?.textContent).toBe("Active");
		expect(goals[0]?.textContent).toContain("Target date 1\u00a0Jun\u00a02026");
		const svg = goals[0]?.querySelector("svg.intervisie-dash-chart");
		expect(svg?.getAttribute("role")).toBe("img");
		expect(svg?.getAttribute("aria-label")).toBe(facilitatorModel().members[0]?.goals[0]?.chartSummary);
		expect(svg?.querySelectorAll("circle")).toHaveLength(2);
		expect(goals[0]?.find(".intervisie-dash-chart-legend")?.textContent).toBe("Start 3Target 8");
		expect(goals[1]?.textContent).toContain("No ratings yet");
		const link = byKey(view.el, `fac-goal:${GROUP}/Anna/Listen first.md`);
		press(link, "Enter");
		click(link, { ctrlKey: true });
		expect(view.opened).toEqual([
			{ path: `${GROUP}/Anna/Listen first.md`, newLeaf: false },
			{ path: `${GROUP}/Anna/Listen first.md`, newLeaf: true },
		]);
	});
});
