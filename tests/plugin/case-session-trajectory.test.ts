import { afterEach, describe, expect, it } from "vitest";
import { fill, textOf, toggle, valueOf } from "../harness/form-driver";
import { CaseModal } from "../../src/plugin/modals/case-modal";
import { SessionModal } from "../../src/plugin/modals/session-modal";
import { TrajectoryModal } from "../../src/plugin/modals/trajectory-modal";
import { startPlugin } from "./plugin-harness";
import type { PluginHarness } from "./plugin-harness";
import { TRAJECTORY_VAULT } from "./fixture-vault";

let p: PluginHarness;
afterEach(async () => p?.h.dispose());

describe("Prepare a case", () => {
	it("checks the question while typing and creates the case with the method's preparation sections", async () => {
		p = await startPlugin({ files: TRAJECTORY_VAULT, today: "2026-04-10", language: "nl" });
		await p.run("prepare-case");
		const modal = p.h.lastModal(CaseModal);
		expect(valueOf(modal, "Bijeenkomst")).toBe("Intervisie/Sessions/2026-04-20 Session 3.md");
		expect(valueOf(modal, "Datum")).toBe("2026-04-20");
		fill(modal, "Je vraag", "Moet mijn team harder werken");
		expect(modal.contentEl.querySelectorAll(".intervisie-coaching li").length).toBeGreaterThanOrEqual(2);
		fill(modal, "Je vraag", "Hoe kan ik   in het MT nee zeggen zonder de relatie te schaden?");
		toggle(modal, "Say no", true);
		expect(textOf(modal)).toContain("Summarise the Monday meeting");
		await p.submit(modal, "Casus maken");
		const path = "Intervisie/Casussen/Hoe kan ik in het MT nee zeggen zonder de relatie te schaden.md";
		const text = p.h.readFile(path);
		expect(text).toContain("question: Hoe kan ik in het MT nee zeggen zonder de relatie te schaden?");
		expect(text).toContain('session: "[[2026-04-20 Session 3]]"');
		expect(text).toContain('goals:\n  - "[[Say no]]"');
		expect(text).toContain("method: six-phase");
		for (const heading of ["## Mijn vraag", "## De situatie", "## Wat ik al heb geprobeerd", "## Mijn eigen aandeel", "## Wat ik van de groep vraag", "## Terugblik op mijn vorige acties"]) {
			expect(text).toContain(heading);
		}
		expect(text).toContain("Uit [[2026-01-26 Report session 1]]:\n\n- Summarise the Monday meeting (uiterlijk 2026-02-02)");
	});
});

describe("New session", () => {
	it("numbers the next session of the trajectory and refuses a facilitator who is also the case-bringer", async () => {
		p = await startPlugin({ files: TRAJECTORY_VAULT, today: "2026-05-01" });
		await p.run("new-session");
		const modal = p.h.lastModal(SessionModal);
		expect(valueOf(modal, "Number")).toBe("4");
		expect(valueOf(modal, "Chair")).toBe("Marieke Smit");
		fill(modal, "Date", "2026-06-08");
		fill(modal, "Case-bringers", "Aylin Demir");
		fill(modal, "Chair", "aylin demir");
		await p.submit(modal, "Create session");
		expect(p.h.openModals()).toContain(modal);
		fill(modal, "Chair", "Joris Bakker");
		fill(modal, "Theme", "Listening");
		await p.submit(modal, "Create session");
		const text = p.h.readFile("Intervisie/Sessions/2026-06-08 Session 4.md");
		expect(text).toContain('trajectory: "[[Team leads 2026]]"');
		expect(text).toContain("case-bringers:\n  - Aylin Demir\n");
		expect(text).toContain("facilitator: Joris Bakker");
		expect(text).toContain("status: planned");
	});
});

describe("New trajectory", () => {
	it("creates the trajectory with members, facilitator and rating scale", async () => {
		p = await startPlugin({ today: "2026-01-12" });
		await p.run("new-trajectory");
		const modal = p.h.lastModal(TrajectoryModal);
		fill(modal, "Name", "Team leads 2026");
		fill(modal, "End", "2026-11-30");
		fill(modal, "Members", "Sanne de Vries, Joris Bakker;\nAylin Demir");
		fill(modal, "Facilitator", "Marieke Smit");
		await p.submit(modal, "Create trajectory");
		const text = p.h.readFile("Intervisie/Trajectories/Team leads 2026.md");
		expect(text).toContain("start: 2026-01-12\nend: 2026-11-30\nmembers:\n  - Sanne de Vries\n  - Joris Bakker\n  - Aylin Demir\nfacilitator: Marieke Smit\nsessions-planned: 5\nscale-min: 1\nscale-max: 10\n");
	});
});
