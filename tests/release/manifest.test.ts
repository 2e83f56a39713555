import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { manifestProblems } from "./manifest-rules";

const ROOT = join(__dirname, "../..");
const json = (file: string): Record<string, unknown> => JSON.parse(readFileSync(join(ROOT, file), "utf8")) as Record<string, unknown>;
const manifest = json("manifest.json");

describe("manifest.json meets the community directory's rules", () => {
	it("has no problem", () => {
		expect(manifestProblems(manifest)).toEqual([]);
	});

	const good = { ...manifest };
	const cases: [string, Record<string, unknown>, string][] = [
		["a missing id", { id: undefined }, "id: missing"],
		["a text for isDesktopOnly", { isDesktopOnly: "false" }, "isDesktopOnly: must be a boolean"],
		["an unknown property", { homepage: "https://example.org" }, "homepage: not a manifest property"],
		["an id with obsidian", { id: "obsidian-intervisie" }, "id: contains obsidian"],
		["an id ending in plugin", { id: "intervisie-plugin" }, "id: ends with plugin"],
		["an id with capitals", { id: "Intervisie" }, "id: only lowercase letters and hyphens"],
		["a name with Obsidian", { name: "Obsidian intervisie" }, "name: contains (part of) Obsidian"],
		["a name with part of Obsidian", { name: "Intervisidian" }, "name: contains (part of) Obsidian"],
		["a name starting with Ob", { name: "Obintervisie" }, "name: contains (part of) Obsidian"],
		["a name with Plugin", { name: "Intervisie Plugin" }, "name: contains plugin"],
		["a name with punctuation", { name: "Intervisie: journal" }, "name: letters, digits, spaces, hyphens, plus signs and parentheses only"],
		["a description without a period", { description: "Keep your intervisie notes" }, "description: ends with a period"],
		["a description over 250 characters", { description: `${"Notes ".repeat(42)}.` }, "description: 10 to 250 characters"],
		["a description with Obsidian", { description: "Intervisie notes in Obsidian." }, "description: contains Obsidian"],
		["a description about itself", { description: "This plugin keeps intervisie notes." }, "description: speaks of itself as a plugin"],
		["a description with an emoji", { description: "Intervisie notes 📓." }, "description: no emoji or special characters"],
		["a description in lower case", { description: "intervisie notes for your group." }, "description: starts with a capital letter"],
		["a version with a v", { version: "v0.1.0" }, "version: x.y.z, numbers and dots only"],
		["a pre-release version", { version: "0.2.0-beta.1" }, "version: x.y.z, numbers and dots only"],
		["a short minAppVersion", { minAppVersion: "1.8" }, "minAppVersion: x.y.z"],
		["an email as author", { author: "someone@example.org" }, "author: an email address"],
		["an authorUrl to Obsidian", { authorUrl: "https://obsidian.md" }, "authorUrl: points to the Obsidian website"],
		["an empty fundingUrl", { fundingUrl: "" }, "fundingUrl: an https address"],
		["the sample's fundingUrl", { fundingUrl: "https://obsidian.md/pricing" }, "fundingUrl: points to the Obsidian website"],
		["an empty fundingUrl object", { fundingUrl: {} }, "fundingUrl: empty; remove it when there is nothing to fund"],
		["a fundingUrl object with an empty address", { fundingUrl: { "Buy me a coffee": "" } }, "fundingUrl: an https address"],
	];
	it.each(cases)("finds %s", (_what, change, problem) => {
		const changed: Record<string, unknown> = { ...good, ...change };
		for (const key of Object.keys(change)) if (change[key] === undefined) delete changed[key];
		expect(manifestProblems(changed)).toContain(problem);
	});

	it("accepts a fundingUrl that links to a funding service", () => {
		expect(manifestProblems({ ...good, fundingUrl: "https://github.com/sponsors/someone" })).toEqual([]);
		expect(manifestProblems({ ...good, fundingUrl: { "GitHub Sponsors": "https://github.com/sponsors/someone" } })).toEqual([]);
	});
});

describe("one version everywhere", () => {
	it("package.json, package-lock.json and manifest.json carry the same version", () => {
		const lock = json("package-lock.json") as { version: string; packages: Record<string, { version?: string }> };
		expect(json("package.json").version).toBe(manifest.version);
		expect(lock.version).toBe(manifest.version);
		expect(lock.packages[""]?.version).toBe(manifest.version);
	});

	it("versions.json records the manifest's version with its minAppVersion, every entry x.y.z", () => {
		const versions = json("versions.json");
		expect(versions[manifest.version as string]).toBe(manifest.minAppVersion);
		for (const [version, app] of Object.entries(versions)) {
			expect(version).toMatch(/^\d+\.\d+\.\d+$/);
			expect(app).toMatch(/^\d+\.\d+\.\d+$/);
		}
	});

	it("npm tags a version without a v, as Obsidian looks it up", () => {
		expect(readFileSync(join(ROOT, ".npmrc"), "utf8")).toMatch(/^tag-version-prefix=""$/m);
	});
});

describe("the licence", () => {
	it("is the MIT licence package.json names, held by the contributors", () => {
		const license = readFileSync(join(ROOT, "LICENSE"), "utf8");
		expect(json("package.json").license).toBe("MIT");
		expect(license).toMatch(/^MIT License\n/);
		expect(license).toMatch(/^Copyright \(c\) 2026 Intervisie journal contributors$/m);
		expect(license).toContain("Permission is hereby granted, free of charge, to any person obtaining a copy");
		expect(license).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
	});
});
