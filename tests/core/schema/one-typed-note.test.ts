import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { P } from "../../../src/core/schema/property-names";

const SRC = join(__dirname, "../../../src");

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
	});
}

const NAMES = Object.values(P).map((name) => name.replace(/[-]/g, "\\-"));
const IDENTIFIER_NAMES = Object.values(P).filter((name) => /^[a-z]+$/.test(name));

/** Ways to read (or set) a property by its name on raw frontmatter. */
const RAW_ACCESS: readonly RegExp[] = [
	// frontmatter[P.goals], fm?.[P.id], cache.frontmatter[KIND_PROPERTY]
	/[\w$)\]]\??\.?\[\s*(?:P\.\w+|KIND_PROPERTY)\s*\]/,
	// P.kind in frontmatter
	/(?:P\.\w+|KIND_PROPERTY)\s+in\s/,
	// frontmatter["run-log"], fm?.['id']
	new RegExp(`[\\w$)\\]]\\??\\.?\\[\\s*(["'\`])(?:${NAMES.join("|")})\\1\\s*\\]`),
	// frontmatter.id, draft.frontmatter?.author
	new RegExp(`\\b(?:frontmatter|fm)\\??\\.(?:${IDENTIFIER_NAMES.join("|")})\\b`),
];

/**
 * Properties are read and written by the typed note in `src/core/schema/`, each kind's reader beside its writer;
 * privacy walks raw keys on purpose (it must see every key). These files still read a property by name
 * themselves; the list only ever shrinks.
 */
const NOT_YET_MOVED = new Map<string, string>([]);

function rawReaders(): string[] {
	return files(SRC)
		.map((path) => relative(SRC, path).split("\\").join("/"))
		.filter((path) => !path.startsWith("core/schema/") && !path.startsWith("core/privacy/"))
		.filter((path) => {
			const text = readFileSync(join(SRC, path), "utf8");
			return RAW_ACCESS.some((pattern) => pattern.test(text));
		});
}

describe("one typed note", () => {
	it("reads properties by name from raw frontmatter only in src/core/schema and src/core/privacy", () => {
		const reading = rawReaders();
		expect(reading.filter((path) => !NOT_YET_MOVED.has(path))).toEqual([]);
		// A file that no longer reads one leaves the list.
		expect([...NOT_YET_MOVED.keys()].filter((path) => !reading.includes(path))).toEqual([]);
	});

	it.each([
		["a property constant", "const goals = fm[P.goals];"],
		["an optional chain", "const id = cache?.frontmatter?.[P.id];"],
		["the kind property", "if (KIND_PROPERTY in record.frontmatter) ok();"],
		["a property constant with in", "if (!(P.kind in fm)) return;"],
		["a quoted name", 'frontmatter["run-log"] = [];'],
		["a dotted name", "const id = String(draft.frontmatter.id);"],
	])("recognises %s", (_, line) => {
		expect(RAW_ACCESS.some((pattern) => pattern.test(line))).toBe(true);
	});

	it.each([
		["a new note's properties", "\t\t\t[P.kind]: \"goal\","],
		["a list of property names", "const order = [P.date, P.status];"],
		["a property read through the typed note", "const goals = note.goals;"],
	])("lets %s pass", (_, line) => {
		expect(RAW_ACCESS.some((pattern) => pattern.test(line))).toBe(false);
	});
});
