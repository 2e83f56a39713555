import axe from "axe-core";
import type { Page } from "playwright-core";

/**
 * Rules that fail only because a static page of one view or modal is not Obsidian's window: the app itself
 * gives the document its title, its main landmark and the regions around a view. Skipped on plugin pages,
 * kept on the headless report, which is a document of its own.
 */
export const WINDOW_ONLY_RULES = ["region", "landmark-one-main", "page-has-heading-one", "document-title"] as const;

/** The impacts that fail the run. */
const BLOCKING = new Set(["critical", "serious"]);

export interface Violation {
	rule: string;
	impact: string;
	help: string;
	/** Where on the page, as selectors, with axe's explanation. */
	nodes: { target: string; summary: string }[];
}

export interface Audit {
	page: string;
	width: string;
	violations: Violation[];
}

/**
 * Obsidian's own call-to-action buttons: white text on the theme's accent fill, 3.4:1 in the default light theme
 * and 4.3:1 in dark. The plugin asks for the button (`setCta`, `mod-cta`); its colours are the app's. Their
 * contrast is left out; every other rule still looks at them.
 */
export const OBSIDIAN_COLOURED = [".mod-cta"] as const;

interface AxeRun {
	skip: string[];
	only?: string;
	exclude: string[];
}

/** Runs axe-core over the page as it is shown now. */
export async function auditPage(page: Page, options: { windowOnlyRulesApply: boolean }): Promise<Violation[]> {
	await page.addScriptTag({ content: axe.source });
	const skipped = options.windowOnlyRulesApply ? [] : [...WINDOW_ONLY_RULES];
	const runs: AxeRun[] = [
		{ skip: [...skipped, "color-contrast"], exclude: [] },
		{ skip: [], only: "color-contrast", exclude: [...OBSIDIAN_COLOURED] },
	];
	const found: Violation[] = [];
	for (const run of runs) {
		found.push(
			...(await page.evaluate(async ({ skip, only, exclude }) => {
				const engine = (window as unknown as { axe: typeof axe }).axe;
				const context = { include: [["html"]], exclude: exclude.map((selector) => [selector]) };
				const options = only ? { runOnly: { type: "rule" as const, values: [only] } } : { rules: Object.fromEntries(skip.map((id) => [id, { enabled: false }])) };
				const result = await engine.run(context as unknown as Document, { ...options, resultTypes: ["violations"] });
				return result.violations.map((v) => ({
					rule: v.id,
					impact: v.impact ?? "minor",
					help: v.help,
					nodes: v.nodes.map((n) => ({ target: n.target.join(" "), summary: n.failureSummary ?? "" })),
				}));
			}, run)),
		);
	}
	return found;
}

export function isBlocking(violation: Violation): boolean {
	return BLOCKING.has(violation.impact);
}

/** Page × width → violations by rule, blocking ones marked with !; then where the blocking ones are. */
export function auditSummary(audits: readonly Audit[], detailsPerRule = 3): { text: string; blocking: number } {
	const pageWidth = Math.max(4, ...audits.map((a) => a.page.length));
	const sizeWidth = Math.max(5, ...audits.map((a) => a.width.length));
	const lines = [`${"page".padEnd(pageWidth)}  ${"width".padEnd(sizeWidth)}  violations (rule × elements, ! critical or serious)`];
	const totals = new Map<string, { impact: string; nodes: number; pages: number }>();
	const details: string[] = [];
	for (const { page, width, violations } of audits) {
		const cells = violations.map((v) => `${isBlocking(v) ? "!" : ""}${v.rule} × ${v.nodes.length}`);
		lines.push(`${page.padEnd(pageWidth)}  ${width.padEnd(sizeWidth)}  ${cells.length > 0 ? cells.join(", ") : "none"}`);
		for (const v of violations) {
			const total = totals.get(v.rule) ?? { impact: v.impact, nodes: 0, pages: 0 };
			totals.set(v.rule, { impact: v.impact, nodes: total.nodes + v.nodes.length, pages: total.pages + 1 });
			if (!isBlocking(v)) continue;
			details.push(`${v.impact} ${v.rule} on ${page} (${width}): ${v.help}`);
			for (const node of v.nodes.slice(0, detailsPerRule)) details.push(`    ${node.target}\n      ${node.summary.split("\n").join("\n      ")}`);
		}
	}
	lines.push("", `${audits.length} pages audited`);
	for (const [rule, { impact, nodes, pages }] of [...totals].sort((a, b) => b[1].nodes - a[1].nodes)) lines.push(`  ${rule} (${impact}): ${nodes} elements on ${pages} pages`);
	const blocking = audits.reduce((sum, a) => sum + a.violations.filter(isBlocking).reduce((n, v) => n + v.nodes.length, 0), 0);
	if (details.length > 0) lines.push("", ...details);
	return { text: `${lines.join("\n")}\n`, blocking };
}
