import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { loadBuiltPluginClass } from "../tests/harness/load-built-plugin";
import { TRAJECTORY_VAULT } from "../tests/plugin/fixture-vault";
import { auditPage, auditSummary } from "./screenshots/axe";
import type { Audit } from "./screenshots/axe";
import { copyDocsPictures } from "./screenshots/docs-pictures";
import { freezeFormValues, pageHtml } from "./screenshots/page";
import { dashboardMarkup } from "./screenshots/dashboard-scene";
import { drawIcons } from "./screenshots/icons";
import { reportPages } from "./screenshots/report-scene";
import { runMarkup } from "./screenshots/run-scene";
import type { RunStage } from "./screenshots/run-scene";
import { openScene, SCENES } from "./screenshots/scenes";
import { settingsMarkup } from "./screenshots/settings-scene";
import { withPlugin } from "./screenshots/with-plugin";

const ROOT = resolve(".");
const OUT = join(ROOT, "screenshots");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

interface Size {
	width: number;
	height: number;
	/** The whole page, not only the screen. */
	fullPage?: boolean;
	/** A phone shows a long form a screen at a time: the end of it too. */
	alsoEnd?: boolean;
}

const FORM_SIZES: Record<string, Size> = { wide: { width: 1200, height: 1400 }, phone: { width: 390, height: 844, alsoEnd: true } };
const DASHBOARD_SIZES: Record<string, Size> = { wide: { width: 1200, height: 900, fullPage: true }, narrow: { width: 350, height: 900, fullPage: true } };
const RUN_SIZES: Record<string, Size> = { wide: { width: 1200, height: 900, fullPage: true }, phone: { width: 390, height: 844 } };
/** The question round's list sits below the notes on a phone: a second screen shows it, scrolled down. */
const QUESTION_SIZES: Record<string, Size> = { wide: { width: 1200, height: 900, fullPage: true }, phone: { width: 390, height: 844, alsoEnd: true } };
const REPORT_SIZES: Record<string, Size> = { wide: { width: 1200, height: 900, fullPage: true }, phone: { width: 390, height: 900, fullPage: true } };
const THEMES = ["light", "dark"] as const;
/** `npm run screenshots -- dashboard run-` renders only the pages whose names start so, and leaves docs/ alone. */
const ONLY = process.argv.slice(2);
const wanted = (name: string) => ONLY.length === 0 || ONLY.some((prefix) => name.startsWith(prefix));
type Theme = (typeof THEMES)[number];

/**
 * Renders each scene's DOM, as the built plugin makes it, in headless Chromium: light and dark, wide and phone,
 * Dutch and English. Each page is kept as HTML beside its pictures and audited with axe-core at each width;
 * a critical or serious violation fails the run. The pictures docs/ and the README show are copied there.
 */
async function main(): Promise<void> {
	if (ONLY.length === 0) rmSync(OUT, { recursive: true, force: true });
	mkdirSync(OUT, { recursive: true });
	const audits: Audit[] = [];
	const profile = mkdtempSync(join(tmpdir(), "intervisie-chromium-"));
	const browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: FLAGS, viewport: { width: 1200, height: 900 }, bypassCSP: true });
	const Built = loadBuiltPluginClass(join(ROOT, "main.js"));
	drawIcons();
	let count = 0;
	try {
		const page = await browser.newPage();
		/**
		 * Writes the page as `<name>.html`, screenshots it at each size as `<name>-<size>.png` and audits it there.
		 * A plugin page stands in for Obsidian's window; the headless report is a whole document.
		 */
		const shoot = async (name: string, html: string, sizes: Record<string, Size>, wholeDocument = false) => {
			const file = join(OUT, `${name}.html`);
			writeFileSync(file, html);
			for (const [size, { width, height, fullPage = false, alsoEnd = false }] of Object.entries(sizes)) {
				await page.setViewportSize({ width, height });
				await page.goto(pathToFileURL(file).href);
				await page.screenshot({ path: join(OUT, `${name}-${size}.png`), fullPage });
				count++;
				audits.push({ page: name, width: `${size} ${width}`, violations: await auditPage(page, { windowOnlyRulesApply: wholeDocument }) });
				if (alsoEnd) {
					await page.evaluate(() => {
						for (const el of [document.querySelector(".modal"), document.querySelector(".view-content"), document.scrollingElement]) el?.scrollTo(0, 1e6);
					});
					await page.screenshot({ path: join(OUT, `${name}-${size}-end.png`) });
					count++;
				}
			}
		};
		/** The plugin's markup in our theme, as `<name>-<language>-<theme>-<size>.png`. */
		const shootThemes = async (name: string, language: string, markup: string, themes: readonly Theme[], sizes: Record<string, Size>) => {
			for (const theme of themes) await shoot(`${name}-${language}-${theme}`, pageHtml(ROOT, theme, markup, language), sizes);
		};

		for (const language of ["nl", "en"] as const) {
			for (const scene of SCENES.filter((s) => wanted(s.name))) {
				const markup = await withPlugin({ files: { ...TRAJECTORY_VAULT, ...scene.files }, language, pluginClass: Built, today: scene.today }, async (p) => {
					const modal = (await openScene(p, scene, language)) as unknown as { containerEl: HTMLElement };
					freezeFormValues(modal.containerEl);
					return modal.containerEl.outerHTML;
				});
				await shootThemes(scene.name, language, markup, THEMES, FORM_SIZES);
			}
			if (!wanted("settings-folder")) continue;
			const settings = await withPlugin({ files: TRAJECTORY_VAULT, language, pluginClass: Built, today: "2026-03-10" }, (p) => settingsMarkup(p, language));
			await shootThemes("settings-folder", language, settings, THEMES, { wide: { width: 900, height: 260 }, phone: { width: 390, height: 420 } });
		}
		for (const language of ["nl", "en"] as const) {
			const pages = [
				["dashboard", false, "dashboard", false],
				["dashboard-empty", true, "dashboard", false],
				["dashboard-actions-open", false, "dashboard", true],
				["facilitator", false, "group", false],
			] as const;
			for (const [name, empty, view, openActions] of pages) {
				if (!wanted(name)) continue;
				await shootThemes(name, language, await dashboardMarkup(Built, language, empty, view, openActions), THEMES, DASHBOARD_SIZES);
			}
		}
		const stages: [RunStage, Theme[]][] = [["running", ["light", "dark"]], ["start", ["light"]], ["ended", ["dark"]]];
		for (const language of ["nl", "en"] as const) {
			for (const [stage, themes] of stages.filter(([stage]) => wanted(`run-${stage}`))) await shootThemes(`run-${stage}`, language, await runMarkup(Built, language, stage), themes, RUN_SIZES);
			if (wanted("run-questions")) await shootThemes("run-questions", language, await runMarkup(Built, language, "questions"), THEMES, QUESTION_SIZES);
		}
		// The headless report is a page of its own, with its own print-friendly style.
		if (wanted("report-")) for (const { name, html } of await reportPages(Built)) await shoot(name, html, REPORT_SIZES, true);
	} finally {
		await browser.close();
		rmSync(profile, { recursive: true, force: true });
	}
	process.stdout.write(`${count} screenshots in ${OUT}\n`);
	if (ONLY.length === 0) process.stdout.write(`Copied into the documentation: ${copyDocsPictures(ROOT, OUT).join(", ")}\n\n`);
	const { text, blocking } = auditSummary(audits);
	writeFileSync(join(OUT, "accessibility.json"), `${JSON.stringify(audits, null, "\t")}\n`);
	process.stdout.write(text);
	if (blocking > 0) {
		process.stderr.write(`\naxe-core: ${blocking} elements with a critical or serious violation\n`);
		process.exitCode = 1;
	}
}

main().catch((error: unknown) => {
	process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
	process.exitCode = 1;
});
