import { describe, expect, it } from "vitest";
import { COMMON_THEMES, themeSuggestions } from "../../../src/core/planning/themes";

describe("themeSuggestions", () => {
	it("offers common group themes in the notes' language", () => {
		expect(themeSuggestions("en", [])).toEqual(COMMON_THEMES.en);
		expect(COMMON_THEMES.en).toEqual(expect.arrayContaining(["How do I come across", "Listening", "Asking good questions", "Giving feedback", "Setting boundaries", "Dealing with resistance"]));
		expect(COMMON_THEMES.nl).toEqual(expect.arrayContaining(["Hoe kom ik over", "Luisteren", "Goede vragen stellen", "Feedback geven", "Grenzen stellen", "Omgaan met weerstand"]));
		expect(COMMON_THEMES.nl).toHaveLength(COMMON_THEMES.en.length);
	});

	it("puts the themes already used in the vault first, the most used first, each once whatever its letter case", () => {
		const used = ["Trust", " listening ", null, "Trust", "", "Werkdruk", "trust"];
		expect(themeSuggestions("en", used).slice(0, 4)).toEqual(["Trust", "listening", "Werkdruk", "How do I come across"]);
		expect(themeSuggestions("en", used).filter((t) => t.toLowerCase() === "listening")).toHaveLength(1);
	});
});
