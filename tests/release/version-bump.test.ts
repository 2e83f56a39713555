import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";

type Env = Record<string, string | undefined>;

const ROOT = join(__dirname, "../..");
const FILES = ["package.json", "package-lock.json", "manifest.json", "versions.json", ".npmrc", "version-bump.mjs"];

let root = "";
afterEach(() => {
	if (root) rmSync(root, { recursive: true, force: true });
	root = "";
});

/** Copies of the release files in a temporary folder, with a home of their own for git and npm. */
function copies(): { repo: string; env: Env } {
	root = mkdtempSync(join(tmpdir(), "intervisie-bump-"));
	const repo = join(root, "repo");
	const home = join(root, "home");
	mkdirSync(repo);
	mkdirSync(home);
	for (const file of FILES) copyFileSync(join(ROOT, file), join(repo, file));
	writeFileSync(join(home, ".gitconfig"), "[user]\n\tname = Release test\n\temail = release@example.org\n[init]\n\tdefaultBranch = main\n[tag]\n\tgpgSign = false\n[commit]\n\tgpgSign = false\n");
	// Nothing of the npm run around this test leaks in (npm_config_*, npm_package_*), and npm stays offline.
	const env: Env = {
		PATH: process.env.PATH ?? "/usr/bin:/bin",
		HOME: home,
		GIT_CONFIG_NOSYSTEM: "1",
		LC_ALL: "C",
		npm_config_cache: join(root, "npm-cache"),
		npm_config_offline: "true",
		npm_config_update_notifier: "false",
		npm_config_fund: "false",
		npm_config_audit: "false",
	};
	return { repo, env };
}

const read = (repo: string, file: string): Record<string, unknown> => JSON.parse(readFileSync(join(repo, file), "utf8")) as Record<string, unknown>;

function run(command: string, args: string[], cwd: string, env: Env): { status: number | null; output: string } {
	const result = spawnSync(command, args, { cwd, env, encoding: "utf8" });
	return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("version-bump.mjs on copies of the release files", () => {
	it("takes package.json's version into manifest.json and versions.json, and changes nothing else", () => {
		const { repo, env } = copies();
		const before = read(repo, "manifest.json");
		const versionsBefore = read(repo, "versions.json");
		writeFileSync(join(repo, "package.json"), JSON.stringify({ ...read(repo, "package.json"), version: "3.4.5" }, null, 2));
		const bump = run(process.execPath, ["version-bump.mjs"], repo, env);
		expect(bump.output).toBe("");
		expect(bump.status).toBe(0);
		expect(read(repo, "manifest.json")).toEqual({ ...before, version: "3.4.5" });
		expect(Object.keys(read(repo, "manifest.json"))).toEqual(Object.keys(before));
		expect(read(repo, "versions.json")).toEqual({ ...versionsBefore, "3.4.5": before.minAppVersion });
		expect(readFileSync(join(repo, "manifest.json"), "utf8")).toMatch(/^\{\n {2}"id"[^]*\n\}\n$/);
	});

	it.each(["0.2.0-beta.1", "1.0", "v1.0.0"])("refuses %s, which Obsidian cannot find, and leaves the manifest alone", (version) => {
		const { repo, env } = copies();
		const manifest = readFileSync(join(repo, "manifest.json"), "utf8");
		const versions = readFileSync(join(repo, "versions.json"), "utf8");
		writeFileSync(join(repo, "package.json"), JSON.stringify({ ...read(repo, "package.json"), version }, null, 2));
		const bump = run(process.execPath, ["version-bump.mjs"], repo, env);
		expect(bump.status).toBe(1);
		expect(bump.output).toContain(`not "${version}"`);
		expect(readFileSync(join(repo, "manifest.json"), "utf8")).toBe(manifest);
		expect(readFileSync(join(repo, "versions.json"), "utf8")).toBe(versions);
	});

	// The whole path a release takes: npm bumps package.json and its lock, runs the script, commits and tags.
	it("npm version minor changes all three files together, commits them and tags the new version without a v", () => {
		const { repo, env } = copies();
		const old = read(repo, "manifest.json");
		const [major, minor] = String(old.version).split(".").map(Number);
		const next = `${major}.${(minor ?? 0) + 1}.0`;
		for (const args of [["init", "--quiet", "."], ["add", "-A"], ["commit", "--quiet", "-m", "start"]]) expect(run("git", args, repo, env).status).toBe(0);

		const bump = run("npm", ["version", "minor"], repo, env);
		expect(bump.status, bump.output).toBe(0);

		expect(read(repo, "package.json").version).toBe(next);
		expect(read(repo, "package-lock.json").version).toBe(next);
		expect(read(repo, "manifest.json")).toEqual({ ...old, version: next });
		expect(read(repo, "versions.json")[next]).toBe(old.minAppVersion);
		expect(run("git", ["tag", "--list"], repo, env).output.trim().split("\n")).toEqual([next]);
		expect(run("git", ["rev-parse", `${next}^{commit}`], repo, env).output).toBe(run("git", ["rev-parse", "HEAD"], repo, env).output);
		const committed = run("git", ["show", "--name-only", "--format=", "HEAD"], repo, env).output.trim().split("\n").sort();
		expect(committed).toEqual(["manifest.json", "package-lock.json", "package.json", "versions.json"]);
		expect(run("git", ["status", "--porcelain"], repo, env).output).toBe("");
	}, 60_000);
});
