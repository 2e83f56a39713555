import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { Figure } from "./measure";
import { evaluateRatios, limitOf, ratioName, shownRatio } from "./ratios";
import { SCAN_RATIO_TARGET, type ScanFigure } from "./scan-ratio";

/**
 * main.js must stay under 370.5 kB (1 kB = 1000 bytes), its size before the method catalogue, the reflection
 * models and the intake and evaluation texts were stored deflated: features may grow, main.js may not.
 */
export const MAIN_JS_MAX_BYTES = 370_500;

export interface Results {
	notes: number;
	/** Metric names in the order measured. */
	order: string[];
	figures: Map<string, Figure>;
	/** Metrics that could not be measured, with the reason. */
	unmeasured: Map<string, string>;
	targets: Map<string, number>;
	/** Metrics whose samples are not milliseconds. */
	units: Map<string, "MB">;
	/** Lines printed under the table. */
	remarks: string[];
	mainJsBytes: number;
	/** Worst-case note texts read at 256 KB and 1 MB, by case name. */
	scans: Map<string, ScanFigure>;
}

function ratiosOf(results: Results): ReturnType<typeof evaluateRatios> {
	return evaluateRatios((name) => results.figures.get(name)?.median_ms);
}

export function printTable(results: Results, write: (line: string) => void): void {
	const rows: string[][] = [["metric", "median", "p90", "runs", "target", ""]];
	const notes: string[] = [];
	for (const name of results.order) {
		const target = results.targets.get(name);
		const unit = results.units.get(name) ?? "ms";
		const limit = target === undefined ? "" : `≤ ${target} ${unit}`;
		const figure = results.figures.get(name);
		const shown = (value: number): string => (unit === "ms" ? ms(value) : `${value.toFixed(1)} ${unit}`);
		if (figure) rows.push([name, shown(figure.median_ms), shown(figure.p90_ms), String(figure.runs), limit, verdict(target === undefined ? null : figure.median_ms <= target)]);
		else rows.push([name, "–", "–", "–", limit, "not measured"]);
		const reason = results.unmeasured.get(name);
		if (reason) notes.push(`${name}: ${reason}`);
	}
	for (const { target, ratio, pass } of ratiosOf(results)) {
		rows.push([ratioName(target), ratio === null ? "–" : shownRatio(ratio), "", "", limitOf(target), verdict(pass)]);
	}
	rows.push(["main.js size", `${(results.mainJsBytes / 1000).toFixed(1)} kB`, "", "", `< ${MAIN_JS_MAX_BYTES / 1000} kB`, verdict(results.mainJsBytes < MAIN_JS_MAX_BYTES)]);
	writeRows(rows, write);
	for (const note of notes) write(`not measured: ${note}`);
	for (const remark of results.remarks) write(remark);
	if (results.scans.size > 0) {
		write("");
		printScans(results.scans, write);
	}
}

/** One row per worst case: the medians at 256 KB and 1 MB and their ratio, which stays near 4 when reading is linear. */
export function printScans(scans: Map<string, ScanFigure>, write: (line: string) => void): void {
	const rows: string[][] = [["scan_1mb / scan_256kb", "256 KB", "1 MB", "ratio", "target", ""]];
	for (const [name, figure] of scans) {
		rows.push([name, ms(figure.small.median_ms), ms(figure.large.median_ms), `${figure.ratio.toFixed(2)}×`, `≤ ${SCAN_RATIO_TARGET}×`, verdict(figure.ratio <= SCAN_RATIO_TARGET)]);
	}
	writeRows(rows, write);
}

function writeRows(rows: string[][], write: (line: string) => void): void {
	const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length))) ?? [];
	rows.forEach((row, i) => {
		write(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join("  ").trimEnd());
		if (i === 0) write(widths.map((w) => "-".repeat(w)).join("  "));
	});
}

export function writeResults(file: string, results: Results): void {
	const metrics: Record<string, Record<string, number>> = {};
	const targets: Record<string, unknown> = {};
	for (const [name, figure] of results.figures) {
		const unit = results.units.get(name);
		metrics[name] = unit ? { [`median_${unit}`]: round(figure.median_ms), [`p90_${unit}`]: round(figure.p90_ms), runs: figure.runs } : { median_ms: round(figure.median_ms), p90_ms: round(figure.p90_ms), runs: figure.runs };
		const target = results.targets.get(name);
		if (target !== undefined) targets[name] = { [`max_${unit ?? "ms"}`]: target, pass: figure.median_ms <= target };
	}
	for (const name of results.unmeasured.keys()) {
		const target = results.targets.get(name);
		if (target !== undefined) targets[name] = { max_ms: target, pass: null };
	}
	const ratios: Record<string, number | null> = {};
	for (const { target, ratio, pass } of ratiosOf(results)) {
		const key = `${target.over}_over_${target.under}`;
		ratios[key] = ratio === null ? null : round(ratio);
		targets[key] = target.max !== undefined ? { max: target.max, pass } : { min: target.min, pass };
	}
	targets.main_js = { max_bytes: MAIN_JS_MAX_BYTES, bytes: results.mainJsBytes, pass: results.mainJsBytes < MAIN_JS_MAX_BYTES };
	const scans: Record<string, { median_256kb_ms: number; median_1mb_ms: number; ratio: number }> = {};
	for (const [name, figure] of results.scans) {
		scans[name] = { median_256kb_ms: round(figure.small.median_ms), median_1mb_ms: round(figure.large.median_ms), ratio: round(figure.ratio) };
		targets[`${name}_1mb_over_256kb`] = { max: SCAN_RATIO_TARGET, pass: figure.ratio <= SCAN_RATIO_TARGET };
	}
	const json = {
		notes: results.notes,
		metrics,
		targets,
		ratios: { ...ratios, scan_1mb_over_256kb: scans },
		not_measured: Object.fromEntries(results.unmeasured),
		remarks: results.remarks,
	};
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
}

function ms(value: number): string {
	const digits = value < 1 ? 4 : value < 100 ? 2 : 0;
	return `${value.toFixed(digits)} ms`;
}

function verdict(pass: boolean | null): string {
	return pass === null ? "" : pass ? "pass" : "FAIL";
}

function round(value: number): number {
	return Number(value.toPrecision(4));
}
