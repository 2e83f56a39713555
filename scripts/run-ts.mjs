// Runs a TypeScript script on Node with "obsidian" mapped to the test harness's runtime fake:
// the demo and the benchmark drive the real plugin through the same fake the tests use.
import esbuild from "esbuild";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { spawnSync } from "node:child_process";
import process from "node:process";

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
	console.error("usage: node scripts/run-ts.mjs <script.ts> [args…]");
	process.exit(2);
}

// Inside the project, so the bundle's external packages resolve from its node_modules.
mkdirSync("dist", { recursive: true });
const outDir = mkdtempSync(join(resolve("dist"), "run-"));
const outfile = join(outDir, "script.mjs");
try {
	await esbuild.build({
		entryPoints: [resolve(entry)],
		bundle: true,
		platform: "node",
		format: "esm",
		target: "node20",
		outfile,
		packages: "external",
		alias: { obsidian: resolve("tests/harness/obsidian.ts") },
		banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
		logLevel: "warning",
	});
	const run = spawnSync(process.execPath, [outfile, ...args], { stdio: "inherit" });
	process.exitCode = run.status ?? 1;
} finally {
	rmSync(outDir, { recursive: true, force: true });
}
