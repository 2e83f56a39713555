import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { summarise } from "./bench/measure";
import { Unmeasured } from "./bench/metric";
import type { BenchContext } from "./bench/metric";
import { removeExtraVaults } from "./bench/extra-vaults";
import { forgetBigVaults } from "./bench/metrics/big-vaults";
import { METRICS } from "./bench/metrics/list";
import { printScans, printTable, writeResults } from "./bench/report";
import { SCAN_CASES } from "./bench/scan-cases";
import { measureScan, type ScanFigure } from "./bench/scan-ratio";
import type { Results } from "./bench/report";
import { generateVault, writeVault } from "./bench/vault/generate";

const ROOT = resolve(".");
const NOTES = 10_000;
const SCANS = "scan";

function say(line = ""): void {
	process.stdout.write(`${line}\n`);
}

async function main(): Promise<void> {
	const mainJs = join(ROOT, "main.js");
	if (!existsSync(mainJs)) throw new Error("main.js is missing: run `npm run build` first (npm run bench does).");
	const manifest = JSON.parse(readFileSync(join(ROOT, "manifest.json"), "utf8")) as BenchContext["manifest"];

	// `npm run bench -- index_cold check_cli` measures only those; `scan` stands for every worst-case note.
	const only = process.argv.slice(2).flatMap((name) => (name === SCANS ? SCAN_CASES.map((c) => c.name) : [name]));
	const names = [...METRICS.map((m) => m.name), ...SCAN_CASES.map((c) => c.name)];
	const unknown = only.filter((name) => !names.includes(name));
	if (unknown.length > 0) throw new Error(`no metric named ${unknown.join(", ")}; there are ${[SCANS, ...names].join(", ")}`);
	const metrics = METRICS.filter((m) => only.length === 0 || only.includes(m.name));

	const started = performance.now();
	// Worst-case notes first, while the heap is small: the generated vault would make every collection of their garbage slower.
	const scans = new Map<string, ScanFigure>();
	for (const scan of SCAN_CASES.filter((c) => only.length === 0 || only.includes(c.name))) {
		process.stdout.write(`measuring ${scan.name} …`);
		const figure = measureScan(scan);
		scans.set(scan.name, figure);
		say(` ${figure.ratio.toFixed(2)}× (${figure.small.median_ms.toPrecision(3)} → ${figure.large.median_ms.toPrecision(3)} ms)`);
	}

	if (metrics.length === 0) {
		say();
		printScans(scans, say);
		return;
	}

	const vault = generateVault({ seed: 20260415, notes: NOTES, groups: 7, today: "2026-04-15" });
	const dir = writeVault(vault.notes);
	// The plugin's saved settings, so it runs as the busiest member would have it.
	const dataDir = join(dir, ".obsidian", "plugins", manifest.id);
	mkdirSync(dataDir, { recursive: true });
	writeFileSync(join(dataDir, "data.json"), JSON.stringify({ settings: { myName: vault.me, notesLanguage: "en" } }));
	const ours = vault.notes.filter((n) => n.kind !== null).length;
	say(`Vault: ${vault.notes.length} notes (${ours} of ours, ${vault.notes.filter((n) => n.author === vault.me).length} by ${vault.me}) in ${dir}`);

	const results: Results = { notes: vault.notes.length, order: [], figures: new Map(), unmeasured: new Map(), targets: new Map(), units: new Map(), remarks: [], mainJsBytes: statSync(mainJs).size, scans };
	try {
		const context: BenchContext = { vault, dir, root: ROOT, manifest, remark: (line) => results.remarks.push(line) };
		const chosen = metrics;
		for (const [i, metric] of chosen.entries()) {
			process.stdout.write(`measuring ${metric.name} …`);
			results.order.push(metric.name);
			if (metric.target !== undefined) results.targets.set(metric.name, metric.target);
			if (metric.unit !== undefined && metric.unit !== "ms") results.units.set(metric.name, metric.unit);
			try {
				const figure = summarise(await metric.measure(context));
				results.figures.set(metric.name, figure);
				say(` ${figure.median_ms.toPrecision(3)} ${metric.unit ?? "ms"}`);
			} catch (error) {
				if (!(error instanceof Unmeasured)) throw error;
				results.unmeasured.set(metric.name, error.message);
				say(` not measured: ${error.message}`);
			}
			// The big vaults in memory would slow every later garbage collection.
			if (!chosen.slice(i + 1).some((m) => /_(100k|g21)$/.test(m.name))) forgetBigVaults();
		}
	} finally {
		rmSync(dir, { recursive: true, force: true });
		removeExtraVaults();
	}

	say();
	printTable(results, say);
	const file = join(ROOT, "bench", "results.json");
	writeResults(file, results);
	say(`\nWritten to ${file} (${((performance.now() - started) / 1000).toFixed(0)} s). Missed targets are reported, never fatal.`);
}

main().catch((error: unknown) => {
	process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
	process.exitCode = 1;
});
