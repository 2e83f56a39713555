import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Plugin } from "obsidian";
import { run } from "../../src/cli/main";
import type { PluginClass } from "../../tests/harness/harness";
import { STORY } from "../demo/demo-story";
import { driveStoryIn } from "../demo/drive-story";
import { withPlugin } from "./with-plugin";

/** The headless trajectory reports of the demo vault, as `intervisie report` writes them: Sanne's own, and the group's. */
export function reportPages(Built: PluginClass<Plugin>): Promise<{ name: string; html: string }[]> {
	return withPlugin({ language: "nl", myName: null, today: "2026-01-12", pluginClass: Built }, async (p) => {
		await driveStoryIn(p, STORY);
		const out = mkdtempSync(join(tmpdir(), "intervisie-report-"));
		try {
			const io = { stdout: () => undefined, stderr: (text: string) => process.stderr.write(text), now: () => new Date(2026, 3, 23, 10) };
			const pages: { name: string; html: string }[] = [];
			const jobs: [string, string[]][] = [
				["report-member", [p.h.vaultDir, "--member", "Sanne de Vries"]],
				["report-group", [join(p.h.vaultDir, "Intervisie/Groepen/Intervisie teamleiders 2026"), "--group"]],
			];
			for (const [name, args] of jobs) {
				const file = join(out, `${name}.html`);
				const code = await run(["report", ...args, "--out", file], io);
				if (code !== 0) throw new Error(`intervisie report ${args.join(" ")} exited ${code}`);
				pages.push({ name, html: readFileSync(file, "utf8") });
			}
			return pages;
		} finally {
			rmSync(out, { recursive: true, force: true });
		}
	});
}
