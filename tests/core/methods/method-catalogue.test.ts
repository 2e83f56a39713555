import { describe, expect, it } from "vitest";
import { builtInMethods } from "../../../src/core/methods/catalogue";
import type { MethodNote } from "../../../src/core/methods/custom-method";
import { MethodCatalogue } from "../../../src/core/methods/method-catalogue";
import { isMethodNotePath } from "../../../src/core/methods/methods-folder";

const notes: MethodNote[] = [
	{ path: "Methods/Zebra round.md", frontmatter: { steps: ["Z 5"] }, body: "" },
	{ path: "Methods/alpha.md", frontmatter: { name: "Alpha round" }, body: "- A 10" },
	{ path: "Methods/Broken.md", frontmatter: { steps: ["No minutes"] }, body: "" },
	{ path: "Methods/A goal.md", frontmatter: { intervisie: "goal" }, body: "- A 10" },
];

describe("the catalogue of built-in and own methods", () => {
	const catalogue = MethodCatalogue.fromNotes(notes, "en");

	it("lists built-ins first, then the group's own methods by name", () => {
		const ids = catalogue.all().map((m) => m.id);
		const builtIn = builtInMethods().map((m) => m.id);
		expect(ids.slice(0, builtIn.length)).toEqual(builtIn);
		expect(ids.slice(builtIn.length)).toEqual(["custom:alpha", "custom:zebra-round"]);
		expect(catalogue.custom().map((m) => m.name.en)).toEqual(["Alpha round", "Zebra round"]);
	});

	it("finds methods by id, falling back to the default", () => {
		expect(catalogue.byId("custom:alpha").name.en).toBe("Alpha round");
		expect(catalogue.byId("balint").id).toBe("balint");
		expect(catalogue.byId("custom:broken").id).toBe("six-phase");
		expect(catalogue.byId(null).id).toBe("six-phase");
		expect(catalogue.has("custom:alpha")).toBe(true);
		expect(catalogue.has("custom:broken")).toBe(false);
	});

	it("names methods in either language, and an unknown id by itself", () => {
		expect(catalogue.name("custom:zebra-round", "nl")).toBe("Zebra round");
		expect(catalogue.name("six-phase", "nl")).toBe("Zesfasenmodel");
		expect(catalogue.name("custom:gone", "en")).toBe("custom:gone");
	});

	it("keeps the problems of notes it could not read, and none for other kinds of notes", () => {
		expect(catalogue.problems.map((p) => p.path)).toEqual(["Methods/Broken.md"]);
	});

	it("gives two notes with the same file name different ids and warns about the second", () => {
		const twins = MethodCatalogue.fromNotes(
			[
				{ path: "Methods/b/Same.md", frontmatter: null, body: "- B 5" },
				{ path: "Methods/a/Same.md", frontmatter: null, body: "- A 5" },
			],
			"nl",
		);
		expect(twins.custom().map((m) => [m.id, m.steps[0]?.name.nl])).toEqual([
			["custom:same", "A"],
			["custom:same-2", "B"],
		]);
		expect(twins.problems).toHaveLength(1);
		expect(twins.problems[0]).toMatchObject({ path: "Methods/b/Same.md", severity: "warning", code: "duplicate-title" });
		expect(twins.problems[0]?.message).toContain("Methods/a/Same.md");
	});

	it("holds only the built-ins without notes", () => {
		const empty = MethodCatalogue.builtInOnly();
		expect(empty.all()).toEqual(builtInMethods());
		expect(empty.problems).toEqual([]);
	});
});

describe("which notes are method notes", () => {
	it("takes markdown notes in the folder and its subfolders", () => {
		expect(isMethodNotePath("Intervisie/Methods/Mine.md", "Intervisie/Methods")).toBe(true);
		expect(isMethodNotePath("Intervisie/Methods/sub/Mine.md", "Intervisie/Methods/")).toBe(true);
		expect(isMethodNotePath("Intervisie/Methods.md", "Intervisie/Methods")).toBe(false);
		expect(isMethodNotePath("Intervisie/MethodsOld/Mine.md", "Intervisie/Methods")).toBe(false);
		expect(isMethodNotePath("Intervisie/Methods/picture.png", "Intervisie/Methods")).toBe(false);
	});

	it("takes none when no folder is set", () => {
		expect(isMethodNotePath("Mine.md", "")).toBe(false);
		expect(isMethodNotePath("Mine.md", "/")).toBe(false);
	});
});
