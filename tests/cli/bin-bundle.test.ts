import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync, utimesSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const bin = join(root, "bin", "intervisie.cjs");
const bundle = join(root, "dist", "cli.cjs");
const inputs = join(root, "dist", "cli.inputs.json");

function runHelp(): void {
	const result = spawnSync(process.execPath, [bin, "--help"], { encoding: "utf8" });
	expect(result.stderr).toBe("");
	expect(result.stdout).toContain("Usage: intervisie");
}

describe("the bin's bundle", () => {
	it("lists the source files it was built from, and is built again when one is newer", () => {
		runHelp();
		const files = JSON.parse(readFileSync(inputs, "utf8")) as string[];
		expect(files).toContain("src/cli/main.ts");
		expect(files).toContain("src/cli/check-command.ts");
		for (const file of files) {
			expect(file.startsWith("src/")).toBe(true);
			expect(existsSync(join(root, file))).toBe(true);
		}
		// Older than every source file: the next run must build it again.
		const long = new Date("2001-01-01T00:00:00Z");
		utimesSync(bundle, long, long);
		runHelp();
		expect(statSync(bundle).mtimeMs).toBeGreaterThan(long.getTime());
	}, 60_000);

	it("loads no JavaScript parser with the YAML package", () => {
		runHelp();
		expect(readFileSync(bundle, "utf8")).not.toContain("esprima");
	}, 60_000);
});
