import { afterEach, describe, expect, it } from "vitest";
import { fill, textOf, toggle, valueOf } from "../harness/form-driver";
import type { FormLike } from "../harness/form-driver";
import { EvaluationModal } from "../../src/plugin/modals/evaluation-modal";
import { IntakeModal } from "../../src/plugin/modals/intake-modal";
import { TRAJECTORY_VAULT } from "./fixture-vault";
import { startPlugin } from "./plugin-harness";
import type { PluginHarness } from "./plugin-harness";

let p: PluginHarness;
afterEach(async () => p?.h.dispose());

const VAULT: Record<string, string> = {
	...TRAJECTORY_VAULT,
	"Intervisie/Goals/Summarise.md": '---\nintervisie: goal\nstatus: active\ntrajectory: "[[Team leads 2026]]"\nbaseline: 2\n---\n',
	"Intervisie/Trajectories/Peer group.md": "---\nintervisie: trajectory\nstart: 2025-09-01\nfacilitator: Kees Mulder\n---\n",
};

function row(modal: FormLike, label: string): HTMLElement {
	const item = Array.from(modal.contentEl.querySelectorAll<HTMLElement>(".setting-item")).find((el) => el.querySelector(".setting-item-name")?.textContent === label);
	if (!item) throw new Error(`No row ${label}`);
	return item;
}

const isOn = (modal: FormLike, label: string) => row(modal, label).querySelector(".checkbox-container")?.classList.contains("is-enabled") ?? false;
const options = (modal: FormLike, label: string) => Array.from(row(modal, label).querySelectorAll("option")).map((o) => o.value);

describe("New intake", () => {
	it("suggests the trajectory, its facilitator, me as participant, and my active goals with their baselines", async () => {
		p = await startPlugin({ files: VAULT, today: "2026-01-19" });
		await p.run("new-intake");
		const modal = p.h.lastModal(IntakeModal);
		expect(valueOf(modal, "Trajectory")).toBe("Intervisie/Trajectories/Team leads 2026.md");
		expect(valueOf(modal, "Date")).toBe("2026-01-19");
		expect(valueOf(modal, "Participant")).toBe("Sanne de Vries");
		expect(valueOf(modal, "Manager")).toBe("");
		expect(valueOf(modal, "Facilitator")).toBe("Marieke Smit");
		const text = textOf(modal);
		expect(text).not.toContain("Old goal");
		expect(text).not.toContain("Joris goal");
		expect(valueOf(modal, "Summarise")).toBe("2");
		expect(valueOf(modal, "Say no")).toBe("");
		expect(options(modal, "Summarise")).toEqual(["", "1", "2", "3", "4", "5"]);
		expect([isOn(modal, "Summarise"), isOn(modal, "Say no")]).toEqual([true, true]);
	});

	it("writes the intake with the three parties and a baseline per included goal", async () => {
		p = await startPlugin({ files: VAULT, today: "2026-01-19" });
		await p.run("new-intake");
		const modal = p.h.lastModal(IntakeModal);
		fill(modal, "Manager", "Peter Jansen");
		fill(modal, "Say no", "3");
		await p.submit(modal, "Create intake");
		const text = p.h.readFile("Intervisie/Intakes/2026-01-19 Intake Sanne de Vries.md");
		expect(text).toMatch(/^---\nintervisie: intake\nid: intake-20260119-\w{4}\nauthor: Sanne de Vries\ndate: 2026-01-19\n/);
		expect(text).toContain('trajectory: "[[Team leads 2026]]"\nparticipant: Sanne de Vries\nmanager: Peter Jansen\nfacilitator: Marieke Smit\n');
		expect(text).toContain('goals:\n  - "[[Say no]]"\n  - "[[Summarise]]"\nratings:\n  - 3\n  - 2\n');
		expect(text).toContain("### [[Say no]]\n\n%% What does success look like");
		expect(text).toContain("## Confidentiality");
	});

	it("follows another trajectory: its facilitator, its scale, and only goals of that trajectory or of none", async () => {
		p = await startPlugin({ files: VAULT, today: "2026-01-19" });
		await p.run("new-intake");
		const modal = p.h.lastModal(IntakeModal);
		fill(modal, "Trajectory", "Intervisie/Trajectories/Peer group.md");
		expect(valueOf(modal, "Facilitator")).toBe("Kees Mulder");
		expect([isOn(modal, "Summarise"), isOn(modal, "Say no")]).toEqual([false, true]);
		expect(options(modal, "Say no")).toHaveLength(11);
		fill(modal, "Facilitator", "Aylin Demir");
		fill(modal, "Trajectory", "Intervisie/Trajectories/Team leads 2026.md");
		expect(valueOf(modal, "Facilitator")).toBe("Aylin Demir");
		fill(modal, "Trajectory", "");
		expect([isOn(modal, "Summarise"), isOn(modal, "Say no")]).toEqual([true, true]);
		toggle(modal, "Say no", false);
		await p.submit(modal, "Create intake");
		const text = p.h.readFile("Intervisie/Intakes/2026-01-19 Intake Sanne de Vries.md");
		expect(text).toContain("trajectory:\nparticipant: Sanne de Vries\nmanager:\nfacilitator: Aylin Demir\n");
		expect(text).toContain('goals:\n  - "[[Summarise]]"\nratings:\n  - 2\n');
	});

	it("refuses an invalid date and keeps the form open", async () => {
		p = await startPlugin({ files: VAULT, today: "2026-01-19" });
		await p.run("new-intake");
		const modal = p.h.lastModal(IntakeModal);
		fill(modal, "Date", "soon");
		await p.submit(modal, "Create intake");
		expect(p.h.openModals()).toContain(modal);
		expect(p.h.exists("Intervisie/Intakes")).toBe(false);
	});

	it("takes the name typed in the form as participant, when none is set yet", async () => {
		p = await startPlugin({ files: { "Goals/Listen.md": "---\nintervisie: goal\n---\n" }, myName: null, today: "2026-01-19" });
		await p.run("new-intake");
		const modal = p.h.lastModal(IntakeModal);
		fill(modal, "Your name", "Aylin Demir");
		fill(modal, "Listen", "4");
		await p.submit(modal, "Create intake");
		const text = p.h.readFile("Intervisie/Intakes/2026-01-19 Intake Aylin Demir.md");
		expect(text).toContain("author: Aylin Demir\ndate: 2026-01-19\ntrajectory:\nparticipant: Aylin Demir\n");
		expect(text).toContain('goals:\n  - "[[Listen]]"\nratings:\n  - 4\n');
	});
});

describe("New final evaluation", () => {
	it("suggests my latest report rating per goal, and writes a conclusion section per included goal", async () => {
		p = await startPlugin({ files: VAULT, today: "2026-06-29" });
		await p.run("new-evaluation");
		const modal = p.h.lastModal(EvaluationModal);
		expect(valueOf(modal, "Summarise")).toBe("2");
		expect(valueOf(modal, "Say no")).toBe("");
		expect(valueOf(modal, "Facilitator")).toBe("Marieke Smit");
		fill(modal, "Summarise", "4");
		fill(modal, "Manager", "Peter Jansen");
		toggle(modal, "Say no", false);
		await p.submit(modal, "Create evaluation");
		const text = p.h.readFile("Intervisie/Evaluations/2026-06-29 Final evaluation Sanne de Vries.md");
		expect(text).toMatch(/^---\nintervisie: evaluation\nid: evaluation-20260629-\w{4}\n/);
		expect(text).toContain('manager: Peter Jansen\nfacilitator: Marieke Smit\ngoals:\n  - "[[Summarise]]"\nratings:\n  - 4\nschema: 1\n---\n');
		expect(text).toContain("### [[Summarise]]");
		expect(text).not.toContain("[[Say no]]");
		expect(text).toContain("## The trajectory as a whole");
		expect(text).toContain("## Next steps");
	});

	it("speaks Dutch and writes Dutch notes into the Dutch folder", async () => {
		p = await startPlugin({ files: VAULT, today: "2026-06-29", language: "nl" });
		await p.run("new-evaluation");
		const modal = p.h.lastModal(EvaluationModal);
		fill(modal, "Leidinggevende", "Peter Jansen");
		await p.submit(modal, "Evaluatie maken");
		const text = p.h.readFile("Intervisie/Evaluaties/2026-06-29 Eindevaluatie Sanne de Vries.md");
		expect(text).toContain("## Het traject als geheel");
		expect(text).toContain('goals:\n  - "[[Say no]]"\n  - "[[Summarise]]"\nratings:\n  -\n  - 2\n');
	});

	it("uses a user template named in Dutch, with the three people as placeholders", async () => {
		const template = "---\ntags:\n  - eindgesprek\n---\nMet {{manager}} en {{facilitator}}.\n\n{{goal-sections}}\n";
		const files = { ...VAULT, "Templates/evaluatie.md": template };
		p = await startPlugin({ files, today: "2026-06-29", data: { settings: { myName: "Sanne de Vries", templateFolder: "Templates" } } });
		await p.run("new-evaluation");
		const modal = p.h.lastModal(EvaluationModal);
		fill(modal, "Manager", "Peter Jansen");
		await p.submit(modal, "Create evaluation");
		const text = p.h.readFile("Intervisie/Evaluations/2026-06-29 Final evaluation Sanne de Vries.md");
		expect(text).toContain("schema: 1\ntags:\n  - eindgesprek\n---\n\nMet Peter Jansen en Marieke Smit.\n\n### [[Say no]]");
		expect(text).not.toContain("## Next steps");
	});
});
