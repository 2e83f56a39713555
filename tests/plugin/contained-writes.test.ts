import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { IntervisieSettings } from "../../src/core/settings/settings";
import { ShareModal } from "../../src/plugin/sharing/share-modal";
import { click } from "../harness/form-driver";
import { ID, startPlugin } from "./plugin-harness";
import type { PluginHarness } from "./plugin-harness";

let p: PluginHarness | null = null;
afterEach(async () => {
	await p?.h.dispose();
	p = null;
});

const FILES = {
	"Intervisie/Trajectories/Team leads 2026.md": "---\nintervisie: trajectory\nmembers:\n  - Sanne de Vries\n---\n",
	"Intervisie/Goals/Summarise.md": '---\nintervisie: goal\nid: goal-sum\nstatus: active\ntrajectory: "[[Team leads 2026]]"\n---\nI summarise every meeting.\n',
};

function settingInput(container: HTMLElement, name: string): HTMLInputElement {
	const item = Array.from(container.querySelectorAll(".setting-item")).find((el) => el.querySelector(".setting-item-name")?.textContent === name);
	const input = item?.querySelector("input");
	if (!input) throw new Error(`no setting ${name}`);
	return input;
}

/** The plugin's live settings, as its settings tab changes them. */
function liveSettings(ph: PluginHarness): IntervisieSettings {
	return (ph.plugin as unknown as { current: IntervisieSettings }).current;
}

function savedGroupsFolder(ph: PluginHarness): string {
	return (JSON.parse(ph.h.readFile(`.obsidian/plugins/${ID}/data.json`)) as { settings: { groupsFolder: string } }).settings.groupsFolder;
}

describe("no write leaves its folder", () => {
	it.each(["..", "../../x", "Intervisie/../../x", "C:\\Users\\x"])("the settings tab refuses the groups folder %j, and says why", async (typed) => {
		p = await startPlugin({ files: FILES });
		const tab = p.h.openSettings(ID);
		const input = settingInput(tab.containerEl, "Groups folder");
		input.value = "Shared/Groups";
		input.dispatchEvent(new Event("input"));
		await p.h.settle();
		input.value = typed;
		input.dispatchEvent(new Event("input"));
		await p.h.settle();
		expect(savedGroupsFolder(p)).toBe("Shared/Groups");
		const problem = () => input.closest(".setting-item")?.querySelector(".intervisie-setting-problem")?.textContent;
		expect(problem()).toContain("outside the vault");
		expect(input.getAttribute("aria-invalid")).toBe("true");
		input.value = "/Shared//Groups 2/";
		input.dispatchEvent(new Event("input"));
		await p.h.settle();
		expect(savedGroupsFolder(p)).toBe("Shared/Groups 2");
		expect(problem()).toBe("");
	});

	it("falls back to the default folder when saved settings name one outside the vault", async () => {
		p = await startPlugin({ files: FILES, data: { settings: { myName: "Sanne de Vries", groupsFolder: "../../outside", folders: { goal: "../goals" } } } });
		expect(liveSettings(p).groupsFolder).toBe("Intervisie/Groups");
		expect(liveSettings(p).folders.goal).toBe("Intervisie/Goals");
	});

	it("Share refuses to write outside my subfolder, even when the groups folder was changed behind the settings' back", async () => {
		p = await startPlugin({ files: FILES });
		liveSettings(p).groupsFolder = "../escaped";
		await p.h.openFile("Intervisie/Goals/Summarise.md");
		await p.run("share-with-group");
		for (let i = 0; i < 10; i++) await p.h.settle();
		click(p.h.lastModal(ShareModal), "Share");
		for (let i = 0; i < 10; i++) await p.h.settle();
		expect(p.h.notices.at(-1)).toContain("Could not share");
		expect(existsSync(join(dirname(p.h.vaultDir), "escaped"))).toBe(false);
	});
});
