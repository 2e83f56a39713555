import { afterEach, describe, expect, it } from "vitest";
import { fill } from "../harness/form-driver";
import type { FormLike } from "../harness/form-driver";
import { EvaluationModal } from "../../src/plugin/modals/evaluation-modal";
import { GoalModal } from "../../src/plugin/modals/goal-modal";
import { ReportModal } from "../../src/plugin/modals/report-modal";
import { TRAJECTORY_VAULT } from "./fixture-vault";
import { startPlugin } from "./plugin-harness";
import type { PluginHarness } from "./plugin-harness";

let p: PluginHarness;
afterEach(async () => p?.h.dispose());

/** "Summarise" is in a trajectory rated 1 to 5; "Say no" is outside any trajectory, on the default scale. */
const VAULT: Record<string, string> = {
	...TRAJECTORY_VAULT,
	"Intervisie/Trajectories/Peer group.md": "---\nintervisie: trajectory\nstart: 2025-09-01\nfacilitator: Kees Mulder\nscale-min: 0\nscale-max: 4\nscale-min-label: Never\nscale-max-label: In every meeting\n---\n",
};

function row(modal: FormLike, label: string): HTMLElement {
	const item = Array.from(modal.contentEl.querySelectorAll<HTMLElement>(".setting-item")).find((el) => el.querySelector(".setting-item-name")?.textContent === label);
	if (!item) throw new Error(`No row ${label}`);
	return item;
}

const describeOf = (modal: FormLike, label: string) => row(modal, label).querySelector(".setting-item-description")?.textContent ?? "";
const options = (modal: FormLike, label: string) => Array.from(row(modal, label).querySelectorAll("option")).map((o) => o.value).filter((v) => v !== "");

describe("rating fields", () => {
	it("in the report form, rate each goal on its own scale and say what its ends mean", async () => {
		p = await startPlugin({ files: VAULT, today: "2026-03-10" });
		await p.run("write-report");
		const modal = p.h.lastModal(ReportModal);
		expect(options(modal, "Summarise")).toEqual(["1", "2", "3", "4", "5"]);
		expect(describeOf(modal, "Summarise")).toContain("1 = I don't do this yet, 5 = I do this as a habit");
		expect(options(modal, "Say no")).toHaveLength(10);
		expect(describeOf(modal, "Say no")).toContain("1 = I don't do this yet, 10 = I do this as a habit");
	});

	it("in the evaluation, rate a goal on the same scale as its reports, whichever trajectory is chosen", async () => {
		p = await startPlugin({ files: VAULT, today: "2026-06-29" });
		await p.run("new-evaluation");
		const modal = p.h.lastModal(EvaluationModal);
		expect(options(modal, "Say no")).toHaveLength(10);
		expect(describeOf(modal, "Say no")).toContain("1 = I don't do this yet, 10 = I do this as a habit");
		fill(modal, "Trajectory", "Intervisie/Trajectories/Peer group.md");
		expect(options(modal, "Summarise")).toEqual(["1", "2", "3", "4", "5"]);
		expect(options(modal, "Say no")).toHaveLength(10);
	});

	it("in the goal form, start and target on the chosen trajectory's scale, in its own words", async () => {
		p = await startPlugin({ files: VAULT, today: "2026-03-10" });
		await p.run("new-goal");
		const modal = p.h.lastModal(GoalModal);
		fill(modal, "Trajectory", "Intervisie/Trajectories/Peer group.md");
		expect(options(modal, "Where you stand now")).toEqual(["0", "1", "2", "3", "4"]);
		expect(describeOf(modal, "Where you stand now")).toContain("0 = Never, 4 = In every meeting");
	});

	it("says what the ends mean in Dutch", async () => {
		p = await startPlugin({ files: VAULT, today: "2026-03-10", language: "nl" });
		await p.run("write-report");
		const modal = p.h.lastModal(ReportModal);
		expect(describeOf(modal, "Summarise")).toContain("1 = dit doe ik nog niet, 5 = dit doe ik als gewoonte");
	});
});
