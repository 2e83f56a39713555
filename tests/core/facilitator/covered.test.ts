import { describe, expect, it } from "vitest";
import { facilitatorModel } from "./fixture";

describe("themes and methods covered", () => {
	it("counts the themes of held sessions, letter case and spaces aside, most frequent first", () => {
		const { themes } = facilitatorModel();
		expect(themes.map((t) => [t.key, t.name, t.count, t.sessions.map((s) => s.number)])).toEqual([
			["listening", "Listening", 2, [1, 2]],
			["giving feedback", "Giving feedback", 1, [4]],
		]);
	});

	it("counts the methods of held sessions by name in the language", () => {
		expect(facilitatorModel().methods.map((m) => [m.key, m.name, m.count])).toEqual([
			["six-phase", "Six-phase model", 2],
			["incident", "Incident method", 1],
		]);
		expect(facilitatorModel({ language: "nl" }).methods.map((m) => m.name)).toEqual(["Zesfasenmodel", "Incidentmethode"]);
	});

	it("names a group's own method through the name function it is given", () => {
		const methods = facilitatorModel({ methodName: (id, language) => `${id}/${language}` }).methods;
		expect(methods.map((m) => m.name)).toEqual(["six-phase/en", "incident/en"]);
	});
});
