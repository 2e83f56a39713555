import { afterEach, describe, expect, it } from "vitest";
import { startPlugin } from "./plugin-harness";
import type { PluginHarness } from "./plugin-harness";
import { TRAJECTORY_VAULT } from "./fixture-vault";
import { ID } from "./plugin-harness";

let p: PluginHarness | null = null;
afterEach(async () => {
	await p?.h.dispose();
	p = null;
});

const wait = () => new Promise((resolve) => setTimeout(resolve, 50));

describe("the daily reminder", () => {
	it("shows one notice with what needs doing, once a day", async () => {
		p = await startPlugin({ files: TRAJECTORY_VAULT, today: "2026-03-20" });
		await wait();
		const notice = p.h.notices.find((n) => n.startsWith("Intervisie:"));
		expect(notice).toContain("Write your report on");
		const data = JSON.parse(p.h.readFile(`.obsidian/plugins/${ID}/data.json`)) as { lastReminder: string };
		expect(data.lastReminder).toBe("2026-03-20");
	});

	it("stays quiet when it was shown today already, or when switched off", async () => {
		p = await startPlugin({ files: TRAJECTORY_VAULT, today: "2026-03-20", data: { settings: { myName: "Sanne de Vries" }, lastReminder: "2026-03-20" } });
		await wait();
		expect(p.h.notices.some((n) => n.startsWith("Intervisie:"))).toBe(false);
		await p.h.dispose();
		p = await startPlugin({ files: TRAJECTORY_VAULT, today: "2026-03-20", data: { settings: { myName: "Sanne de Vries", dailyReminder: false } } });
		await wait();
		expect(p.h.notices.some((n) => n.startsWith("Intervisie:"))).toBe(false);
	});
});
