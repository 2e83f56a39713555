/**
 * The community directory's rules for a plugin's manifest.json, as far as a test can check them: the manifest
 * reference and the submission requirements of the Obsidian developer docs, the checks the directory's review bot
 * ran on submissions, and eslint-plugin-obsidianmd's validate-manifest rule (which lints only TypeScript files,
 * so it never sees manifest.json here). Each problem is one sentence.
 */

const REQUIRED: Readonly<Record<string, "string" | "boolean">> = {
	id: "string",
	name: "string",
	version: "string",
	minAppVersion: "string",
	description: "string",
	author: "string",
	isDesktopOnly: "boolean",
};
const OPTIONAL = ["authorUrl", "fundingUrl", "helpUrl"];
const VERSION = /^\d+\.\d+\.\d+$/;

function idProblems(id: string): string[] {
	const problems: string[] = [];
	if (!/^[a-z-]+$/.test(id)) problems.push("id: only lowercase letters and hyphens");
	if (id.includes("obsidian")) problems.push("id: contains obsidian");
	if (id.endsWith("plugin")) problems.push("id: ends with plugin");
	return problems;
}

function nameProblems(name: string): string[] {
	const problems: string[] = [];
	const lower = name.toLowerCase();
	// Basic Latin; no punctuation but hyphens, plus signs and parentheses.
	if (!/^[A-Za-z0-9 +()-]+$/.test(name)) problems.push("name: letters, digits, spaces, hyphens, plus signs and parentheses only");
	if (lower.includes("obsi") || lower.includes("sidian") || /^ob/.test(lower)) problems.push("name: contains (part of) Obsidian");
	if (lower.includes("plugin")) problems.push("name: contains plugin");
	if (name.trim() !== name || name.length === 0) problems.push("name: empty or padded");
	return problems;
}

function descriptionProblems(description: string): string[] {
	const problems: string[] = [];
	const lower = description.toLowerCase();
	if (description.length < 10 || description.length > 250) problems.push("description: 10 to 250 characters");
	if (!description.endsWith(".")) problems.push("description: ends with a period");
	if (!/^[A-Z]/.test(description)) problems.push("description: starts with a capital letter");
	// No emoji or special characters: the characters eslint-plugin-obsidianmd accepts.
	if (!/^[A-Za-z0-9\s.,!?'"-]+$/.test(description)) problems.push("description: no emoji or special characters");
	if (lower.includes("obsidian")) problems.push("description: contains Obsidian");
	if (/\bthis (?:is an? )?(?:plugin|tool|extension)\b/.test(lower) || lower.includes("plugin")) problems.push("description: speaks of itself as a plugin");
	return problems;
}

function urlProblems(key: string, url: unknown): string[] {
	if (typeof url !== "string" || !/^https:\/\/\S+$/.test(url)) return [`${key}: an https address`];
	if (/^https:\/\/obsidian\.md\b/.test(url)) return [`${key}: points to the Obsidian website`];
	return [];
}

function fundingProblems(funding: unknown): string[] {
	if (typeof funding === "string") return urlProblems("fundingUrl", funding);
	if (funding === null || typeof funding !== "object" || Array.isArray(funding)) return ["fundingUrl: a URL or an object of URLs"];
	const entries = Object.entries(funding);
	if (entries.length === 0) return ["fundingUrl: empty; remove it when there is nothing to fund"];
	return entries.flatMap(([, url]) => urlProblems("fundingUrl", url));
}

export function manifestProblems(manifest: unknown): string[] {
	if (manifest === null || typeof manifest !== "object" || Array.isArray(manifest)) return ["the manifest is one JSON object"];
	const m = manifest as Record<string, unknown>;
	const problems: string[] = [];
	for (const [key, type] of Object.entries(REQUIRED)) {
		if (!(key in m)) problems.push(`${key}: missing`);
		else if (typeof m[key] !== type) problems.push(`${key}: must be a ${type}`);
	}
	for (const key of Object.keys(m)) if (!(key in REQUIRED) && !OPTIONAL.includes(key)) problems.push(`${key}: not a manifest property`);
	if (typeof m.id === "string") problems.push(...idProblems(m.id));
	if (typeof m.name === "string") problems.push(...nameProblems(m.name));
	if (typeof m.description === "string") problems.push(...descriptionProblems(m.description));
	if (typeof m.version === "string" && !VERSION.test(m.version)) problems.push("version: x.y.z, numbers and dots only");
	if (typeof m.minAppVersion === "string" && !VERSION.test(m.minAppVersion)) problems.push("minAppVersion: x.y.z");
	if (typeof m.author === "string") {
		if (m.author.trim() === "") problems.push("author: empty");
		if (/^[\w.+-]+@[\w-]+\.[\w.-]+$/.test(m.author)) problems.push("author: an email address");
	}
	if ("authorUrl" in m) problems.push(...urlProblems("authorUrl", m.authorUrl));
	if ("helpUrl" in m) problems.push(...urlProblems("helpUrl", m.helpUrl));
	if ("fundingUrl" in m) problems.push(...fundingProblems(m.fundingUrl));
	return problems;
}
