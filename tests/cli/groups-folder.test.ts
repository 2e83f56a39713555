import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { tempVaults } from "./temp-vault";
import { cliRunner } from "./run-cli";

const vault = tempVaults(afterEach);
const cli = cliRunner(() => new Date(2026, 5, 29, 12));

const ME = "Sanne de Vries";
const SETTINGS = "plugins/intervisie-journal/data.json";

/** A member's copy that reached the group folder without `shared: true` (by hand, by another tool, by a sync). */
const UNMARKED_COPY = "---\nintervisie: goal\nauthor: Joris Bakker\nstatus: someday\n---\nJORIS COPY\n";

function personalVault(extra: Record<string, string>): Record<string, string> {
	return {
		"Intervisie/Goals/Listen.md": `---\nintervisie: goal\nauthor: ${ME}\n---\n## What I will do\n\nI listen before I advise, in every one-to-one, by June.\n`,
		"Intervisie/Reports/2026-01-26 Report.md": `---\nintervisie: report\nauthor: ${ME}\ndate: 2026-01-26\ngoals:\n  - "[[Listen]]"\nratings:\n  - 5\n---\n## What I learned about myself\n\nI jump to solutions.\n`,
		...extra,
	};
}

async function checkedPaths(root: string, ...options: string[]): Promise<{ code: number; paths: string[]; stderr: string }> {
	const result = await cli("check", root, "--json", ...options);
	const report = JSON.parse(result.stdout) as { notes: { path: string }[]; problems: { path: string }[] };
	return { code: result.code, paths: [...report.notes, ...report.problems].map((entry) => entry.path), stderr: result.stderr };
}

describe("the command line knows the groups folder as the plugin does", () => {
	it("leaves out a copy in the groups folder of the plugin's settings, also without shared: true", async () => {
		const root = vault(personalVault({ [`.obsidian/${SETTINGS}`]: JSON.stringify({ settings: { groupsFolder: "Shared/Groepen" } }), "Shared/Groepen/Team/Joris Bakker/Decide.md": UNMARKED_COPY }));
		const checked = await checkedPaths(root);
		expect(checked.paths.filter((path) => path.startsWith("Shared/"))).toEqual([]);
		expect(checked.code).toBe(0);
		expect(checked.stderr).toBe("");
	});

	it("finds the plugin's settings in a config folder of another name", async () => {
		const root = vault(personalVault({ [`.my-config/${SETTINGS}`]: JSON.stringify({ settings: { groupsFolder: "Shared/Groepen" } }), "Shared/Groepen/Team/Joris Bakker/Decide.md": UNMARKED_COPY }));
		expect((await checkedPaths(root)).paths.filter((path) => path.startsWith("Shared/"))).toEqual([]);
	});

	it("takes --groups-folder over the settings", async () => {
		const files = personalVault({ [`.obsidian/${SETTINGS}`]: JSON.stringify({ settings: { groupsFolder: "Elsewhere" } }), "Shared/Groepen/Team/Joris Bakker/Decide.md": UNMARKED_COPY });
		const root = vault(files);
		expect((await checkedPaths(root)).paths).toContain("Shared/Groepen/Team/Joris Bakker/Decide.md");
		expect((await checkedPaths(root, "--groups-folder", "Shared/Groepen")).paths.filter((path) => path.startsWith("Shared/"))).toEqual([]);
		expect((await checkedPaths(root, "--groups-folder=/Shared/Groepen/")).paths.filter((path) => path.startsWith("Shared/"))).toEqual([]);
	});

	it("uses the plugin's default groups folder when the vault has no settings (a vault in git without its config folder)", async () => {
		const root = vault(personalVault({ "Intervisie/Groups/Team/Joris Bakker/Decide.md": UNMARKED_COPY }));
		expect((await checkedPaths(root)).paths.filter((path) => path.includes("Groups"))).toEqual([]);
	});

	it("uses the Dutch default when that is the default folder that holds notes", async () => {
		const root = vault(personalVault({ "Intervisie/Groepen/Team/Joris Bakker/Decide.md": UNMARKED_COPY }));
		expect((await checkedPaths(root)).paths.filter((path) => path.includes("Groepen"))).toEqual([]);
	});

	it("says so when the settings cannot be read, and uses the default", async () => {
		const root = vault(personalVault({ [`.obsidian/${SETTINGS}`]: "{ not json", "Intervisie/Groups/Team/Joris Bakker/Decide.md": UNMARKED_COPY }));
		const checked = await checkedPaths(root);
		expect(checked.paths.filter((path) => path.includes("Groups"))).toEqual([]);
		expect(checked.stderr).toContain("Could not read the plugin's settings");
		expect(checked.stderr).toContain(".obsidian/plugins/intervisie-journal/data.json");
	});

	it("refuses a groups folder outside the vault", async () => {
		const result = await cli("check", vault(personalVault({})), "--groups-folder", "../Groups");
		expect(result.code).toBe(2);
		expect(result.stderr).toContain("--groups-folder");
	});

	it("leaves a copy in the groups folder out of a personal report, as the plugin's index does", async () => {
		const root = vault(personalVault({ [`.obsidian/${SETTINGS}`]: JSON.stringify({ settings: { groupsFolder: "Shared/Groepen" } }), "Shared/Groepen/Team/Joris Bakker/Decide.md": UNMARKED_COPY }));
		const out = join(vault({}), "report.md");
		const result = await cli("report", root, "--out", out);
		expect(result).toMatchObject({ code: 0, stderr: "" });
		expect(readFileSync(out, "utf8")).not.toContain("JORIS COPY");
		expect(readFileSync(out, "utf8")).not.toContain("Decide");
	});

	it("names --groups-folder in the help", async () => {
		expect((await cli("--help")).stdout).toContain("--groups-folder FOLDER");
	});
});
