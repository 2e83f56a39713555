import { describe, expect, it } from "vitest";
import { isPrivateRecord, mightBePrivate } from "../../../src/core/privacy/might-be-private";
import { propertiesWithinBound } from "../../../src/core/yaml/properties-bound";
import { hasPrivateBodyTag, isPrivateTag } from "../../../src/core/privacy/private-tags";
import { rawPropertiesMightBePrivate } from "../../../src/core/privacy/raw-properties";

describe("raw properties that might make a note private", () => {
	it.each([
		"private: true",
		"Private: yes",
		"PRIVATE: false",
		'"private": true',
		"'Privé': ja",
		"privé: ja",
		"prive\u0301: ja",
		"private : [unclosed",
		"? private\n: true",
		"nested: {private: true}",
		"list:\n  - private: true",
		"tags: [private]",
		"tags: [work, Private/Team]",
		"tags:\n  - work\n  - '#private'",
		"tags: work, private",
		"tag: privé",
		"intervisie: goal\ntags:\n- private\nstatus: active",
	])("%j", (raw) => {
		expect(rawPropertiesMightBePrivate(raw)).toBe(true);
	});

	it.each(["intervisie: goal\nstatus: active", "theme: private life", "privateer: x", "tags: [work, privacy]", "tags:\n  - work\nnote: private"])("not %j", (raw) => {
		expect(rawPropertiesMightBePrivate(raw)).toBe(false);
	});
});

describe("the one decision: private, or might be", () => {
	it("follows the private property, tags in properties and body, raw properties, and unreadable ones", () => {
		expect(mightBePrivate({ frontmatter: { private: true } })).toBe(true);
		expect(mightBePrivate({ frontmatter: { private: "no" } })).toBe(false);
		expect(mightBePrivate({ frontmatter: { tags: ["work", "private/team"] } })).toBe(true);
		expect(mightBePrivate({ frontmatter: { tags: "#private" } })).toBe(true);
		expect(mightBePrivate({ frontmatter: null, tags: ["#Private"] })).toBe(true);
		expect(mightBePrivate({ frontmatter: null, rawProperties: "Private: ja" })).toBe(true);
		expect(mightBePrivate({ frontmatter: null, unreadable: true })).toBe(true);
		expect(mightBePrivate({ frontmatter: { intervisie: "goal" }, tags: ["#work"] })).toBe(false);
		expect(mightBePrivate({ frontmatter: null })).toBe(false);
	});

	it("counts a record with unreadable properties as private", () => {
		const record = { path: "a.md", frontmatter: null, frontmatterLinks: [], links: [], mtime: 0 };
		expect(isPrivateRecord(record)).toBe(false);
		expect(isPrivateRecord({ ...record, yamlError: { reason: "bad", ours: false } })).toBe(true);
		expect(isPrivateRecord({ ...record, tags: ["#private/x"] })).toBe(true);
	});

	it("counts properties over the bound as unreadable, found without expanding them", () => {
		let bomb: unknown = ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"];
		for (let depth = 0; depth < 7; depth++) bomb = Array.from({ length: 9 }, () => bomb);
		expect(propertiesWithinBound({ a: bomb })).toBe(false);
		expect(mightBePrivate({ frontmatter: { a: bomb } })).toBe(true);
		expect(propertiesWithinBound({ a: [1, 2, { b: "c" }] })).toBe(true);
	});
});

describe("private tags", () => {
	it("are private and everything below it, in either language", () => {
		for (const tag of ["#private", "private", "#Private/work", "#privé", "privé/x"]) expect(isPrivateTag(tag)).toBe(true);
		for (const tag of ["#privacy", "#private-notes", "#work/private"]) expect(isPrivateTag(tag)).toBe(false);
	});

	it("are found in a body as Obsidian shows them", () => {
		expect(hasPrivateBodyTag("Some text #private")).toBe(true);
		expect(hasPrivateBodyTag("#Private/work first")).toBe(true);
		expect(hasPrivateBodyTag("- item (#privé)")).toBe(true);
		expect(hasPrivateBodyTag("# Private heading")).toBe(false);
		expect(hasPrivateBodyTag("mail#private")).toBe(false);
		expect(hasPrivateBodyTag("#privateer and #private-notes")).toBe(false);
	});
});
