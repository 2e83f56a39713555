import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { numberedName, safeFileName, uniqueNotePath } from "../../../src/core/files/safe-file-name";

describe("safeFileName", () => {
	it("drops characters that break Windows, mobile or links, and the question mark of a case question", () => {
		expect(safeFileName("Hoe kan ik nee zeggen tegen mijn manager?")).toBe("Hoe kan ik nee zeggen tegen mijn manager");
		expect(safeFileName('a\\b/c:d*e?f"g<h>i|j[k]l#m^n')).toBe("a b c d e f g h i j k l m n");
	});
	it("keeps non-Latin letters and accents", () => {
		expect(safeFileName("Één gesprek — 会议")).toBe("Één gesprek — 会议");
	});
	it("removes leading dots, trailing dots and spaces, and avoids reserved names", () => {
		expect(safeFileName("..hidden. ")).toBe("hidden");
		expect(safeFileName("CON")).toBe("CON note");
		expect(safeFileName("???")).toBe("Untitled");
	});
	it("never returns an unsafe or empty name for any input", () => {
		fc.assert(
			fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (title) => {
				const name = safeFileName(title);
				expect(name.length).toBeGreaterThan(0);
				expect(name.length).toBeLessThanOrEqual(100);
				expect(name).not.toMatch(/[\\/:*?"<>|[\]#^]/);
				expect([...name].every((c) => c.charCodeAt(0) >= 0x20)).toBe(true);
				expect(name).not.toMatch(/^\.|[. ]$/);
			}),
		);
	});
});

describe("uniqueNotePath", () => {
	it("numbers a taken name with a suffix no sync tool uses", () => {
		const taken = new Set(["Goals/Listen.md", "Goals/Listen ~2.md"]);
		expect(uniqueNotePath("Goals", "Listen", (p) => taken.has(p))).toBe("Goals/Listen ~3.md");
		expect(uniqueNotePath("", "Listen", () => false)).toBe("Listen.md");
		expect(numberedName("A", 2)).not.toMatch(/\(\d\)| \d$|conflict/);
	});
});
