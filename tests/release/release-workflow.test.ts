import { readFileSync } from "node:fs";
import { join } from "node:path";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "../..");
const ASSETS = ["main.js", "manifest.json", "styles.css"];

interface Step {
	name?: string;
	uses?: string;
	run?: string;
	with?: Record<string, unknown>;
}
interface Workflow {
	on: { push?: { tags?: string[]; branches?: string[] } } & Record<string, unknown>;
	jobs: Record<string, { "runs-on": string; permissions?: Record<string, string>; steps: Step[] }>;
}

const workflow = yaml.safeLoad(readFileSync(join(ROOT, ".github/workflows/release.yml"), "utf8")) as Workflow;
const jobs = Object.values(workflow.jobs);
const steps = jobs.flatMap((job) => job.steps);
const manifest = JSON.parse(readFileSync(join(ROOT, "manifest.json"), "utf8")) as { version: string };

/** GitHub's filter patterns as far as tags use them: `*` is any run of characters but `/`, `**` any run at all. */
function matchesFilter(pattern: string, ref: string): boolean {
	const source = pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*\*|\*/g, (star) => (star === "**" ? ".*" : "[^/]*"));
	return new RegExp(`^${source}$`).test(ref);
}

/** Index of the first step whose shell commands include this one as a whole command. */
function stepRunning(command: string): number {
	return steps.findIndex((step) => (step.run ?? "").split(/\n|&&/).some((line) => line.trim() === command || line.trim().startsWith(`${command} `)));
}

describe("the release workflow", () => {
	it("runs on a tag, and only on a tag", () => {
		expect(Object.keys(workflow.on)).toEqual(["push"]);
		expect(workflow.on.push?.branches).toBeUndefined();
		const tags = workflow.on.push?.tags ?? [];
		expect(tags.some((pattern) => matchesFilter(pattern, manifest.version))).toBe(true);
		expect(tags.some((pattern) => matchesFilter(pattern, "10.20.30"))).toBe(true);
	});

	it("stops unless the tag is the version in manifest.json", () => {
		const compares = (script: string): boolean => script.includes("GITHUB_REF_NAME") && script.includes("manifest.json") && /\bexit 1\b/.test(script);
		const check = steps.findIndex((step) => compares(step.run ?? "") && !(step.run ?? "").includes("gh release"));
		expect(check).toBeGreaterThanOrEqual(0);
		expect(check).toBeLessThan(stepRunning("npm ci"));
	});

	it("installs with npm ci, runs npm test, builds, and only then releases", () => {
		const order = ["npm ci", "npm test", "npm run build", "gh release create"].map(stepRunning);
		expect(order.every((index) => index >= 0)).toBe(true);
		expect([...order].sort((a, b) => a - b)).toEqual(order);
		expect(new Set(order).size).toBe(order.length);
	});

	it("uses Node 20 or newer, as the README asks", () => {
		const node = steps.find((step) => step.uses?.startsWith("actions/setup-node@"));
		expect(Number.parseInt(String(node?.with?.["node-version"]), 10)).toBeGreaterThanOrEqual(20);
	});

	it("attaches main.js, manifest.json and styles.css to a draft release named after the tag", () => {
		const release = steps[stepRunning("gh release create")]?.run ?? "";
		const words = release.replace(/\\\n/g, " ").split(/\s+/).filter(Boolean);
		expect(words.slice(0, 4)).toEqual(["gh", "release", "create", '"$GITHUB_REF_NAME"']);
		expect(words).toContain("--draft");
		expect(words.filter((word) => !word.startsWith("-") && /\.\w+$/.test(word))).toEqual(ASSETS);
		expect(jobs.every((job) => job.permissions?.contents === "write")).toBe(true);
	});

	it("attests the same three files it releases", () => {
		const attest = steps.find((step) => step.uses?.startsWith("actions/attest"));
		expect(String(attest?.with?.["subject-path"]).trim().split(/\s+/)).toEqual(ASSETS);
	});

	it("releases the files the build writes", () => {
		const build = readFileSync(join(ROOT, "esbuild.config.mjs"), "utf8");
		expect(build).toContain('outfile: "main.js"');
		expect(build).toContain('"styles.css"');
	});
});
