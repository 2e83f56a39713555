import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DASHBOARD_STRINGS } from "../../src/core/i18n/dashboard-strings";
import { ID, startPlugin } from "../plugin/plugin-harness";

const ROOT = join(__dirname, "../..");
const README = readFileSync(join(ROOT, "README.md"), "utf8");
const GUIDE = readFileSync(join(ROOT, "docs/guide.md"), "utf8");
const manifest = JSON.parse(readFileSync(join(ROOT, "manifest.json"), "utf8")) as { id: string; name: string; minAppVersion: string };

/** Obsidian's own labels and other words the README sets in italics; everything else there is a name of ours. */
const OBSIDIAN_AND_OTHER_WORDS = [
	"Intervisie",
	"Releases",
	"Settings → Files and links → Override config folder",
	"Settings → Community plugins",
	"Settings → Community plugins → Browse",
	"Installed plugins",
	"Turn on community plugins",
	"Install",
	"Enable",
	"BRAT",
	"BRAT: Add a beta plugin for testing",
];

/** The phrases a markdown text sets in single asterisks, outside code. */
function italics(markdown: string): string[] {
	const text = markdown
		.replace(/```[^]*?```/g, "")
		.replace(/\u00a7/g, "")
		.replace(/`[^`\n]*`/g, "")
		.replace(/\*\*/g, "\u00a7");
	return Array.from(text.matchAll(/\*([^*\u00a7]+)\*/g), (match) => (match[1] ?? "").split(/\s+/).join(" "));
}

/** The English and Dutch names in the table whose header starts with `| Command | In Dutch |`. */
function commandTable(markdown: string): [string, string][] {
	const lines = markdown.split("\n");
	const start = lines.findIndex((line) => line.startsWith("| Command | In Dutch |"));
	const rows: [string, string][] = [];
	for (const line of lines.slice(start + 2)) {
		if (!line.startsWith("|")) break;
		const [, en, nl] = line.split("|");
		rows.push([en?.trim() ?? "", nl?.trim() ?? ""]);
	}
	return rows;
}

const commands: Record<"en" | "nl", string[]> = { en: [], nl: [] };
const byId: Record<"en" | "nl", Map<string, string>> = { en: new Map(), nl: new Map() };
const settings: Record<"en" | "nl", string[]> = { en: [], nl: [] };

beforeAll(async () => {
	for (const language of ["en", "nl"] as const) {
		const p = await startPlugin({ language });
		try {
			for (const { id, name } of p.h.commands.list()) byId[language].set(id, name.replace(`${manifest.name}: `, ""));
			commands[language] = [...byId[language].values()];
			const tab = p.h.openSettings(ID);
			settings[language] = Array.from(tab.containerEl.querySelectorAll(".setting-item-name"), (el) => el.textContent ?? "");
		} finally {
			await p.h.dispose();
		}
	}
}, 30_000);

describe("the README speaks of what exists", () => {
	it("keeps the two set-up commands", () => {
		expect(README).toContain("npm ci && npm run demo");
		expect(README).toContain("npm ci && npm test");
	});

	it("installs into the folder named after the manifest's id, and names its minAppVersion", () => {
		expect(README).toContain(`\`.obsidian/plugins/${manifest.id}/\``);
		expect(README).toContain(`**${manifest.minAppVersion}**`);
	});

	it("sets in italics only commands, settings and dashboard words of the plugin, or Obsidian's own labels", () => {
		const dashboard = (["en", "nl"] as const).flatMap((language) => {
			const d = DASHBOARD_STRINGS[language];
			return [...Object.values(d.sections), d.header.noTrajectory, d.goals.none.replace(/\.$/, "")];
		});
		const known = new Set([...commands.en, ...commands.nl, ...settings.en, ...settings.nl, ...dashboard, manifest.name, ...OBSIDIAN_AND_OTHER_WORDS]);
		expect(commands.en.length).toBeGreaterThan(20);
		expect(settings.nl).toContain("Je naam");
		expect(italics(README)).toEqual(expect.arrayContaining(["Write session report", "Verslag van bijeenkomst schrijven", "Your name", "Turn on community plugins"]));
		expect(italics(README).filter((phrase) => !known.has(phrase))).toEqual([]);
	});

	it("the user guide's table lists every command, and only commands, with its Dutch name", () => {
		const table = commandTable(GUIDE);
		expect(table.map(([en]) => en).sort()).toEqual([...commands.en].sort());
		const dutch = new Map([...byId.en].map(([id, en]) => [en, byId.nl.get(id)]));
		for (const [en, nl] of table) expect(nl, en).toBe(dutch.get(en));
	});
});
