import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { loadBuiltPluginClass } from "../tests/harness/load-built-plugin";
import { TRAJECTORY_VAULT } from "../tests/plugin/fixture-vault";
import { startPlugin } from "../tests/plugin/plugin-harness";
import { freezeFormValues, pageHtml } from "./screenshots/page";
import { dashboardMarkup } from "./screenshots/dashboard-scene";
import { drawIcons } from "./screenshots/icons";
import { reportPages } from "./screenshots/report-scene";
import { runMarkup } from "./screenshots/run-scene";
import type { RunStage } from "./screenshots/run-scene";
import { openScene, SCENES } from "./screenshots/scenes";

const ROOT = resolve(".");
const OUT = join(ROOT, "screenshots");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const WIDTHS = { wide: 1200, phone: 390 } as const;
const DASHBOARD_WIDTHS = { wide: 1200, narrow: 350 } as const;

/** Renders each scene's DOM, as the built plugin makes it, in headless Chromium: light and dark, wide and phone, Dutch and English. */
async function main(): Promise<void> {
	mkdirSync(OUT, { recursive: true });
	const pages = mkdtempSync(join(tmpdir(), "intervisie-pages-"));
	const profile = mkdtempSync(join(tmpdir(), "intervisie-chromium-"));
	const browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: FLAGS, viewport: { width: 1200, height: 900 } });
	const Built = loadBuiltPluginClass(join(ROOT, "main.js"));
	drawIcons();
	let count = 0;
	try {
		const page = await browser.newPage();
		for (const language of ["nl", "en"] as const) {
			for (const scene of SCENES) {
				const p = await startPlugin({ files: { ...TRAJECTORY_VAULT, ...scene.files }, language, pluginClass: Built, today: scene.today });
				const modal = (await openScene(p, scene, language)) as unknown as { containerEl: HTMLElement };
				freezeFormValues(modal.containerEl);
				const markup = modal.containerEl.outerHTML;
				await p.h.dispose();
				for (const theme of ["light", "dark"] as const) {
					const file = join(pages, `${scene.name}-${language}-${theme}.html`);
					writeFileSync(file, pageHtml(ROOT, theme, markup, language));
					for (const [size, width] of Object.entries(WIDTHS)) {
						await page.setViewportSize({ width, height: size === "phone" ? 844 : 1400 });
						await page.goto(pathToFileURL(file).href);
						await page.screenshot({ path: join(OUT, `${scene.name}-${language}-${theme}-${size}.png`) });
						count++;
						if (size === "phone") {
							// A phone shows a long form a screen at a time: the end of it too.
							await page.evaluate(() => document.querySelector(".modal")?.scrollTo(0, 1e6));
							await page.screenshot({ path: join(OUT, `${scene.name}-${language}-${theme}-${size}-end.png`) });
							count++;
						}
					}
				}
			}
		}
		for (const language of ["nl", "en"] as const) {
			for (const [name, empty, view] of [["dashboard", false, "dashboard"], ["dashboard-empty", true, "dashboard"], ["facilitator", false, "group"]] as const) {
				const markup = await dashboardMarkup(Built, language, empty, view);
				for (const theme of ["light", "dark"] as const) {
					const file = join(pages, `${name}-${language}-${theme}.html`);
					writeFileSync(file, pageHtml(ROOT, theme, markup, language));
					for (const [size, width] of Object.entries(DASHBOARD_WIDTHS)) {
						await page.setViewportSize({ width, height: 900 });
						await page.goto(pathToFileURL(file).href);
						await page.screenshot({ path: join(OUT, `${name}-${language}-${theme}-${size}.png`), fullPage: true });
						count++;
					}
				}
			}
		}
		const stages: [RunStage, ("light" | "dark")[]][] = [["running", ["light", "dark"]], ["start", ["light"]], ["ended", ["dark"]]];
		for (const language of ["nl", "en"] as const) {
			for (const [stage, themes] of stages) {
				const markup = await runMarkup(Built, language, stage);
				for (const theme of themes) {
					const file = join(pages, `run-${stage}-${language}-${theme}.html`);
					writeFileSync(file, pageHtml(ROOT, theme, markup, language));
					for (const [size, width] of Object.entries(WIDTHS)) {
						await page.setViewportSize({ width, height: size === "phone" ? 844 : 900 });
						await page.goto(pathToFileURL(file).href);
						await page.screenshot({ path: join(OUT, `run-${stage}-${language}-${theme}-${size}.png`), fullPage: size !== "phone" });
						count++;
					}
				}
			}
		}
		// The headless report is a page of its own, with its own print-friendly style.
		for (const { name, html } of await reportPages(Built)) {
			const file = join(pages, `${name}.html`);
			writeFileSync(file, html);
			for (const [size, width] of Object.entries(WIDTHS)) {
				await page.setViewportSize({ width, height: 900 });
				await page.goto(pathToFileURL(file).href);
				await page.screenshot({ path: join(OUT, `${name}-${size}.png`), fullPage: true });
				count++;
			}
		}
	} finally {
		await browser.close();
		rmSync(pages, { recursive: true, force: true });
		rmSync(profile, { recursive: true, force: true });
	}
	process.stdout.write(`${count} screenshots in ${OUT}\n`);
}

main().catch((error: unknown) => {
	process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
	process.exitCode = 1;
});
