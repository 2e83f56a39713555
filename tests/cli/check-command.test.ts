import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { tempVaults } from "./temp-vault";
import { cliRunner } from "./run-cli";

const GOAL = "---\nintervisie: goal\nstatus: active\n---\n# Listen better\n\nI summarise every meeting.\n";
const OURS_BROKEN = "---\nintervisie: goal\ngoals: [unclosed\n---\n";
const FOREIGN_BROKEN = "---\ntitle: [unclosed\n---\nNot ours.\n";

const vault = tempVaults(afterEach);

const cli = cliRunner(() => new Date(2024, 2, 1, 12));

describe("intervisie usage", () => {
	it("prints help with --help and exits 0", async () => {
		const result = await cli("--help");
		expect(result.code).toBe(0);
		expect(result.stdout).toContain("check <vault> [--json]");
		expect((await cli("check", "--help")).code).toBe(0);
	});

	it.each([
		["no command", []],
		["an unknown command", ["frobnicate"]],
		["check without a vault", ["check"]],
		["check with two folders", ["check", "a", "b"]],
		["an unknown option", ["check", ".", "--yaml"]],
	])("exits 2 for %s, with a message on stderr only", async (_, argv) => {
		const result = await cli(...argv);
		expect(result.code).toBe(2);
		expect(result.stdout).toBe("");
		expect(result.stderr).not.toBe("");
		expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+/);
	});

	it("exits 2 for a folder that does not exist", async () => {
		const result = await cli("check", join(vault({}), "missing"));
		expect(result.code).toBe(2);
		expect(result.stderr).toContain("No such folder");
	});

	it("exits 2 when the vault is a file", async () => {
		const root = vault({ "note.md": GOAL });
		const result = await cli("check", join(root, "note.md"));
		expect(result.code).toBe(2);
		expect(result.stderr).toContain("Not a folder");
	});
});

describe("intervisie check", () => {
	it("lists notes with their kind and exits 0 without errors", async () => {
		const root = vault({ "Goals/Listen better.md": GOAL, "Daily/2024-03-01.md": "Just a day." });
		const result = await cli("check", root);
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/goal\s+Goals\/Listen better\.md/);
		expect(result.stdout).not.toContain("Daily/");
		expect(result.stdout).toMatch(/1 note, 0 errors/);
	});

	it("reports our malformed YAML as malformed-yaml and exits 1; foreign broken YAML is not our business", async () => {
		const root = vault({ "Goals/Broken.md": OURS_BROKEN, "Foreign.md": FOREIGN_BROKEN });
		const result = await cli("check", root, "--json");
		expect(result.code).toBe(1);
		const report = JSON.parse(result.stdout) as { problems: { path: string; code: string; severity: string }[] };
		expect(report.problems.map((p) => [p.path, p.code, p.severity])).toEqual([["Goals/Broken.md", "malformed-yaml", "error"]]);
	});

	it("shows problems grouped by note in the text report", async () => {
		const root = vault({ "Goals/Broken.md": OURS_BROKEN });
		const result = await cli("check", root);
		expect(result.code).toBe(1);
		expect(result.stdout).toMatch(/Problems\n {2}Goals\/Broken\.md\n {4}error\s+malformed-yaml: /);
		expect(result.stdout).toMatch(/1 error/);
	});

	it("skips dot-folders and node_modules", async () => {
		const root = vault({
			"Goals/Listen better.md": GOAL,
			".obsidian/Broken.md": OURS_BROKEN,
			".trash/Old goal.md": GOAL,
			".git/Broken.md": OURS_BROKEN,
			".stversions/Goal.md": GOAL,
			"node_modules/x/Goal.md": GOAL,
		});
		const result = await cli("check", root, "--json");
		expect(result.code).toBe(0);
		const report = JSON.parse(result.stdout) as { notes: { path: string }[]; problems: unknown[] };
		expect(report.notes.map((n) => n.path)).toEqual(["Goals/Listen better.md"]);
		expect(report.problems).toEqual([]);
	});

	it("prints exactly one JSON object with notes, problems and hints", async () => {
		const root = vault({ "Goals/Listen better.md": GOAL, "Goals/Broken.md": OURS_BROKEN });
		const result = await cli("check", root, "--json");
		expect(result.stdout.trim().split("\n")).toHaveLength(1);
		const report = JSON.parse(result.stdout) as Record<string, Record<string, unknown>[]>;
		expect(Object.keys(report)).toEqual(["notes", "problems", "hints"]);
		expect(report.notes).toEqual([{ path: "Goals/Listen better.md", kind: "goal" }]);
		for (const problem of report.problems ?? []) expect(Object.keys(problem)).toEqual(["path", "severity", "code", "message"]);
		for (const hint of report.hints ?? []) expect(Object.keys(hint)).toEqual(["path", "criterion", "message"]);
	});

	it("never writes to the vault", async () => {
		const root = vault({ "Goals/Listen better.md": GOAL, "Goals/Broken.md": OURS_BROKEN });
		const before = JSON.stringify(snapshotOf(root));
		await cli("check", root);
		expect(JSON.stringify(snapshotOf(root))).toBe(before);
	});
});

describe("bin/intervisie.cjs", () => {
	it("runs as a real process and exits with the check's code", () => {
		const root = vault({ "Goals/Listen better.md": GOAL, "Goals/Broken.md": OURS_BROKEN });
		const bin = fileURLToPath(new URL("../../bin/intervisie.cjs", import.meta.url));
		const result = spawnSync(process.execPath, [bin, "check", root, "--json"], { encoding: "utf8" });
		expect(result.stderr).toBe("");
		expect(result.status).toBe(1);
		const report = JSON.parse(result.stdout) as { notes: unknown[]; problems: { code: string }[] };
		expect(report.notes).toEqual([{ path: "Goals/Listen better.md", kind: "goal" }]);
		expect(report.problems.map((p) => p.code)).toContain("malformed-yaml");
	}, 60_000);

	it("exits 2 with a message for a missing folder", () => {
		const bin = fileURLToPath(new URL("../../bin/intervisie.cjs", import.meta.url));
		const result = spawnSync(process.execPath, [bin, "check", join(vault({}), "nope")], { encoding: "utf8" });
		expect(result.status).toBe(2);
		expect(result.stderr).toContain("No such folder");
	}, 60_000);
});

function snapshotOf(root: string): Record<string, string> {
	const files: Record<string, string> = {};
	const walk = (folder: string): void => {
		for (const name of readdirSync(folder)) {
			const full = join(folder, name);
			if (statSync(full).isDirectory()) walk(full);
			else files[full] = `${statSync(full).mtimeMs}:${readFileSync(full, "utf8")}`;
		}
	};
	walk(root);
	return files;
}

describe("intervisie check on numbers YAML cannot hold", () => {
	it("says a baseline of 1e400 is a number too large to use", async () => {
		const root = vault({ "Goals/Big.md": "---\nintervisie: goal\nbaseline: 1e400\n---\nI ask first.\n" });
		const result = await cli("check", root);
		expect(result.code).toBe(1);
		expect(result.stdout).toContain('Property "baseline" should be a number, but is a number too large to use.');
	});
});
