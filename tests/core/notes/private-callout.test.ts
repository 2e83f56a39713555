import { describe, expect, it } from "vitest";
import { wrapInPrivateCallout } from "../../../src/core/notes/private-callout";

describe("wrap in a private callout", () => {
	it("puts every line in the box, blank lines too", () => {
		expect(wrapInPrivateCallout("About my manager.\n\nAnd more.", "Private")).toBe("> [!private] Private\n> About my manager.\n>\n> And more.");
	});

	it("keeps a list or a quote inside working, and the selection's line ending", () => {
		expect(wrapInPrivateCallout("- one\n> quoted\n", "Privé")).toBe("> [!private] Privé\n> - one\n> > quoted\n");
		expect(wrapInPrivateCallout("a\r\nb", "Private")).toBe("> [!private] Private\r\n> a\r\n> b");
	});

	it("gives an empty box for an empty selection, to type in", () => {
		expect(wrapInPrivateCallout("", "Private")).toBe("> [!private] Private\n> ");
	});
});
