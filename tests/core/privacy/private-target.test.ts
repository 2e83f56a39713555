import { describe, expect, it } from "vitest";
import { NotePrefixes, privateTargetRule } from "../../../src/core/privacy/private-target";
import { withSettledPrivacy } from "../../../src/core/privacy/settle-privacy";
import { PathLinkResolver } from "../../../src/core/links/link-resolver";

const PATHS = ["People/Jan de Vries.md", "Goals/Say no.md", "Notes/Public.md"];
const PRIVATE = new Set(["People/Jan de Vries.md"]);

function rule() {
	const resolver = new PathLinkResolver(PATHS);
	const prefixes = new NotePrefixes(PATHS);
	return privateTargetRule({ resolve: (t) => resolver.resolve(t, "Reports/r.md"), isPrivatePath: (p) => PRIVATE.has(p), namedAtStartOf: (t) => prefixes.namedAtStartOf(t) });
}

describe("whether a link target names a private note", () => {
	it("judges a target that leads to a note by that note", () => {
		expect(rule()("Jan de Vries")).toBe(true);
		expect(rule()("People/Jan de Vries")).toBe(true);
		expect(rule()("Public")).toBe(false);
	});

	it("counts a target that leads nowhere but starts with a private note's name as that note", () => {
		for (const target of ["Jan de Vries^abc", "jan de vries.md#x", "JAN DE VRIES and more", "People/Jan de Vries^x", "./Jan de Vries^x"]) expect(rule()(target)).toBe(true);
		expect(rule()("Public^abc")).toBe(false);
		expect(rule()("Nobody")).toBe(false);
	});
});

describe("privacy looked up while a computation asks", () => {
	it("counts unknown notes as private until their answers come, then runs again", async () => {
		const asked: string[][] = [];
		const result = await withSettledPrivacy(
			(isPrivate) => ["a", "b"].filter((p) => !isPrivate(p)),
			async (paths) => {
				asked.push([...paths]);
				return new Map(paths.map((p) => [p, p === "a"]));
			},
		);
		expect(result).toEqual(["b"]);
		expect(asked).toEqual([["a", "b"]]);
	});

	it("keeps what it cannot learn private", async () => {
		const result = await withSettledPrivacy((isPrivate) => isPrivate("x"), async () => new Map());
		expect(result).toBe(true);
	});
});
