import { describe, expect, it } from "vitest";
import { goalRatingScale, ratingScale, scaleAnchorsText } from "../../../src/core/rating/rating-scale";
import type { GoalNote, TrajectoryNote } from "../../../src/core/schema/notes";
import { readNote } from "../../../src/core/schema/read-note";

function trajectory(frontmatter: Record<string, unknown>): TrajectoryNote {
	const note = readNote({ path: "Trajectories/Team.md", frontmatter: { intervisie: "trajectory", ...frontmatter }, links: [], frontmatterLinks: [], mtime: 0 }, { me: "Sanne" }).note;
	if (note?.kind !== "trajectory") throw new Error("not a trajectory");
	return note;
}

function goal(link: string | null): GoalNote {
	const note = readNote({ path: "Goals/Say no.md", frontmatter: { intervisie: "goal", ...(link ? { trajectory: link } : {}) }, links: [], frontmatterLinks: [], mtime: 0 }, { me: "Sanne" }).note;
	if (note?.kind !== "goal") throw new Error("not a goal");
	return note;
}

const DEFAULTS = { min: 1, max: 10 };

describe("ratingScale", () => {
	it("takes a trajectory's scale, with default anchors in the reader's language", () => {
		expect(ratingScale(trajectory({ "scale-min": 1, "scale-max": 5 }), DEFAULTS, "en")).toEqual({ min: 1, max: 5, low: "I don't do this yet", high: "I do this as a habit" });
		expect(ratingScale(trajectory({ "scale-min": 1, "scale-max": 5 }), DEFAULTS, "nl")).toEqual({ min: 1, max: 5, low: "dit doe ik nog niet", high: "dit doe ik als gewoonte" });
	});

	it("takes the default scale without a trajectory", () => {
		expect(ratingScale(null, { min: 0, max: 4 }, "en")).toMatchObject({ min: 0, max: 4, low: "I don't do this yet" });
	});

	it("lets a trajectory name what its ends mean", () => {
		const own = trajectory({ "scale-min": 1, "scale-max": 5, "scale-min-label": "Never", "scale-max-label": "Every meeting" });
		expect(ratingScale(own, DEFAULTS, "nl")).toEqual({ min: 1, max: 5, low: "Never", high: "Every meeting" });
	});
});

describe("goalRatingScale", () => {
	const team = trajectory({ "scale-min": 1, "scale-max": 5 });
	const find = (link: string) => (link === "Team" ? team : null);

	it("rates a goal on the scale of its own trajectory", () => {
		expect(goalRatingScale(goal("[[Team]]"), find, DEFAULTS, "en")).toMatchObject({ min: 1, max: 5 });
	});

	it("rates a goal outside any trajectory, or with a link that leads nowhere, on the default scale", () => {
		expect(goalRatingScale(goal(null), find, DEFAULTS, "en")).toMatchObject({ min: 1, max: 10 });
		expect(goalRatingScale(goal("[[Gone]]"), find, DEFAULTS, "en")).toMatchObject({ min: 1, max: 10 });
	});
});

describe("scaleAnchorsText", () => {
	it("says what each end means", () => {
		expect(scaleAnchorsText(ratingScale(null, DEFAULTS, "en"), "en")).toBe("1 = I don't do this yet, 10 = I do this as a habit");
		expect(scaleAnchorsText(ratingScale(null, { min: 0.5, max: 5 }, "nl"), "nl")).toBe("0,5 = dit doe ik nog niet, 5 = dit doe ik als gewoonte");
	});
});
