import { describe, expect, it } from "vitest";
import { isPrivateKey, isPrivateNote } from "../../../src/core/privacy/private-note";

describe("isPrivateNote", () => {
	it.each([true, "true", "True", "yes", "YES", "ja", "Ja", " ja ", "y", "j", 1, "1", "on"])("is private for private: %j", (value) => {
		expect(isPrivateNote({ private: value })).toBe(true);
	});

	it.each([false, "false", "FALSE", "no", "No", "nee", "Nee", "n", "0", 0, "off"])("is shareable for an explicit no: %j", (value) => {
		expect(isPrivateNote({ private: value })).toBe(false);
	});

	it.each([["maybe"], [null], [""], [undefined], [[]], [["no"]], [{}], [2], ["soms"]])("hides the note when in doubt: %j", (value) => {
		expect(isPrivateNote({ private: value })).toBe(true);
	});

	it("reads the key in any case, and the Dutch privé with or without accent", () => {
		expect(isPrivateNote({ Private: true })).toBe(true);
		expect(isPrivateNote({ PRIVATE: "ja" })).toBe(true);
		expect(isPrivateNote({ privé: "ja" })).toBe(true);
		expect(isPrivateNote({ "prive\u0301": true })).toBe(true);
		expect(isPrivateNote({ Prive: true })).toBe(true);
	});

	it("is private when any of several spellings says so", () => {
		expect(isPrivateNote({ private: false, Private: true })).toBe(true);
	});

	it("is shareable without frontmatter or without the key", () => {
		expect(isPrivateNote(null)).toBe(false);
		expect(isPrivateNote({})).toBe(false);
		expect(isPrivateNote({ privacy: true, "private-notes": true, shared: true })).toBe(false);
	});

	it("names the private keys", () => {
		expect(isPrivateKey("private")).toBe(true);
		expect(isPrivateKey(" Privé ")).toBe(true);
		expect(isPrivateKey("privately")).toBe(false);
	});
});
