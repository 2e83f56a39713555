import { describe, expect, it } from "vitest";
import { slug, uniqueSlugs } from "../../../src/core/methods/slug";

describe("slugs for ids", () => {
	it("lowercases, drops accents and joins words with dashes", () => {
		expect(slug("Vragenronde")).toBe("vragenronde");
		expect(slug("Café-ronde: één vraag!")).toBe("cafe-ronde-een-vraag");
		expect(slug("  Our  own  method ")).toBe("our-own-method");
	});

	it("keeps letters of other scripts", () => {
		expect(slug("Метод 1")).toBe("метод-1");
		expect(slug("反思")).toBe("反思");
	});

	it("is empty for text without letters or digits", () => {
		expect(slug("—!?")).toBe("");
	});

	it("makes repeated slugs unique and fills in empty ones", () => {
		expect(uniqueSlugs(["Ronde", "ronde", "Ronde 2", "", "!"], "step")).toEqual(["ronde", "ronde-2", "ronde-2-2", "step-4", "step-5"]);
	});
});
