import type { CheckReport } from "../core/check/check-report";
import type { Severity } from "../core/schema/problem";
import { printableJson } from "../core/text/printable-json";
import { printableName as shown } from "../core/text/printable-name";

/** The `--json` shape: exactly these fields, so scripts can rely on it. */
export function checkJson(report: CheckReport): string {
	return printableJson({
		notes: report.notes.map(({ path, kind }) => ({ path, kind })),
		problems: report.problems.map(({ path, severity, code, message }) => ({ path, severity, code, message })),
		hints: report.hints.map(({ path, criterion, message }) => ({ path, criterion, message })),
	});
}

/**
 * The human-readable report: notes with their kind, problems by note, advice apart, then a summary.
 * Names and messages are shown with control characters escaped: a file name cannot fake a line.
 */
export function checkText(report: CheckReport, vault: string): string {
	const lines: string[] = [`Checked ${shown(vault)}`, ""];
	if (report.notes.length === 0) {
		lines.push("No intervisie notes found.");
	} else {
		lines.push("Notes");
		const width = Math.max(...report.notes.map((note) => note.kind.length));
		for (const note of report.notes) lines.push(`  ${note.kind.padEnd(width)}  ${shown(note.path)}`);
	}
	if (report.problems.length > 0) {
		lines.push("", "Problems");
		for (const [path, problems] of groupByPath(report.problems)) {
			lines.push(`  ${shown(path)}`);
			for (const problem of problems) lines.push(`    ${problem.severity.padEnd(7)}  ${problem.code}: ${shown(problem.message)}`);
		}
	}
	if (report.hints.length > 0) {
		lines.push("", "Advice (never an error)");
		for (const [path, hints] of groupByPath(report.hints)) {
			lines.push(`  ${shown(path)}`);
			for (const hint of hints) lines.push(`    ${hint.criterion}: ${shown(hint.message)}`);
		}
	}
	lines.push("", summary(report));
	return `${lines.join("\n")}\n`;
}

function summary(report: CheckReport): string {
	const count = (severity: Severity): number => report.problems.filter((p) => p.severity === severity).length;
	return [
		plural(report.notes.length, "note"),
		plural(count("error"), "error"),
		plural(count("warning"), "warning"),
		`${count("info")} info`,
		plural(report.hints.length, "piece", "pieces") + " of advice",
	].join(", ");
}

function plural(count: number, one: string, many = `${one}s`): string {
	return `${count} ${count === 1 ? one : many}`;
}

function groupByPath<T extends { path: string }>(items: readonly T[]): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		const group = groups.get(item.path);
		if (group) group.push(item);
		else groups.set(item.path, [item]);
	}
	return groups;
}
