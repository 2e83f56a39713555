import { spawnSync } from "node:child_process";
import { closeSync, ftruncateSync, mkdirSync, openSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { MAX_NOTE_BYTES } from "../../src/cli/read-vault";
import { tempVaults } from "./temp-vault";
import { cliRunner } from "./run-cli";

const vault = tempVaults(afterEach);
const cli = cliRunner(() => new Date(2026, 5, 29, 12));
const MB = 1024 * 1024;

/** A file of `bytes` that takes no disk space: a sparse file, all zero bytes when read. */
function sparseFile(path: string, bytes: number): void {
	mkdirSync(join(path, ".."), { recursive: true });
	const fd = openSync(path, "w");
	try {
		ftruncateSync(fd, bytes);
	} finally {
		closeSync(fd);
	}
}

interface Problems {
	notes: { path: string }[];
	problems: { path: string; code: string; severity: string; message: string }[];
}

describe("notes over the size bound", () => {
	it("check skips a 600 MB note by its size, names it, and checks the rest", async () => {
		const root = vault({ "Goals/Fine.md": "---\nintervisie: goal\n---\nI ask first.\n" });
		sparseFile(join(root, "Big/Huge.md"), 600 * MB);
		const result = await cli("check", root, "--json");
		expect(result.stderr).toBe("");
		expect(result.code).toBe(0);
		const report = JSON.parse(result.stdout) as Problems;
		expect(report.notes.map((n) => n.path)).toEqual(["Goals/Fine.md"]);
		expect(report.problems).toEqual([
			{ path: "Big/Huge.md", severity: "warning", code: "too-large", message: expect.stringContaining("600 MB (629,145,600 bytes), over the bound of 16 MB") as string },
		]);
	}, 60_000);

	it("reads a note just at the bound, and skips one a byte over it", async () => {
		const root = vault({});
		sparseFile(join(root, "At.md"), MAX_NOTE_BYTES);
		sparseFile(join(root, "Over.md"), MAX_NOTE_BYTES + 1);
		const result = await cli("check", root, "--json");
		const report = JSON.parse(result.stdout) as Problems;
		expect(report.problems.map((p) => [p.path, p.code])).toEqual([["Over.md", "too-large"]]);
	}, 60_000);

	it("the text report lists it with the other problems", async () => {
		const root = vault({});
		sparseFile(join(root, "Huge.md"), 20 * MB);
		const result = await cli("check", root);
		expect(result.stdout).toMatch(/Problems\n {2}Huge\.md\n {4}warning\s+too-large: Not read: the note is 20 MB/);
		expect(result.stdout).toMatch(/0 notes, 0 errors, 1 warning/);
	});

	it("report treats a skipped note as might-be-private: a link to it shows as a private note", async () => {
		const root = vault({ "Goals/Listen.md": "---\nintervisie: goal\nauthor: Anna\n---\n## What I will do\n\nI ask first, as in [[Huge diary]].\n" });
		sparseFile(join(root, "Huge diary.md"), 17 * MB);
		const out = join(vault({}), "report.md");
		const result = await cli("report", root, "--out", out);
		expect(result).toMatchObject({ code: 0, stderr: "" });
		const text = readFileSync(out, "utf8");
		expect(text).toContain("I ask first, as in private note.");
		expect(text).not.toContain("Huge diary");
	});
});

describe("memory", () => {
	const bin = fileURLToPath(new URL("../../bin/intervisie.cjs", import.meta.url));

	/** Runs the real command in a child process and gives its peak memory (resident set), in MB. */
	function peakMegabytes(args: string[]): { peak: number; status: number | null; stderr: string } {
		const script = `process.on("exit", () => process.stderr.write("maxRSS=" + process.resourceUsage().maxRSS + "\\n")); process.argv.splice(1, 0, "-"); require(${JSON.stringify(bin)});`;
		const result = spawnSync(process.execPath, ["-e", script, ...args], { encoding: "utf8", maxBuffer: 64 * MB });
		const kilobytes = Number(/maxRSS=(\d+)/.exec(result.stderr)?.[1] ?? NaN);
		return { peak: kilobytes / 1024, status: result.status, stderr: result.stderr.replace(/maxRSS=\d+\n/, "") };
	}

	it("stays under 1 GB on a vault of 20 notes of 100 MB", () => {
		const root = vault({ "Goals/Fine.md": "---\nintervisie: goal\n---\nI ask first.\n" });
		for (let i = 0; i < 20; i++) sparseFile(join(root, `Big/Note ${i}.md`), 100 * MB);
		const { peak, status, stderr } = peakMegabytes(["check", root, "--json"]);
		expect(stderr).toBe("");
		expect(status).toBe(0);
		expect(peak).toBeLessThan(1024);
	}, 120_000);

	it("stays under 1 GB on a vault of 48 notes just under the bound (720 MB), read a few at a time", () => {
		const root = vault({});
		for (let i = 0; i < 48; i++) sparseFile(join(root, `Big/Note ${i}.md`), 15 * MB);
		const { peak, status, stderr } = peakMegabytes(["check", root, "--json"]);
		expect(stderr).toBe("");
		expect(status).toBe(0);
		expect(peak).toBeLessThan(1024);
	}, 300_000);
});
