import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { insideVault, isWithin } from "../../../src/core/files/inside-vault";

describe("paths the plugin writes", () => {
	it("are normalised inside the vault", () => {
		expect(insideVault("Intervisie/Groups")).toBe("Intervisie/Groups");
		expect(insideVault("/Intervisie//Groups/./")).toBe("Intervisie/Groups");
		expect(insideVault("Intervisie\\Groups")).toBe("Intervisie/Groups");
		expect(insideVault("")).toBe("");
		expect(insideVault("Notes/..hidden/x..y")).toBe("Notes/..hidden/x..y");
	});

	it.each(["..", "../x", "../../x", "Intervisie/../../x", "a/./../b", "C:/Users/x", "c:\\x", "~/x", "a/ .. /b", "a/.../b"])("refuse %j, which would leave it", (path) => {
		expect(insideVault(path)).toBeNull();
	});

	it("never give a path with a part that climbs out", () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom("a", "..", ".", "", " ", "/", "\\", "b c", "~", "C:"), { maxLength: 8 }), (parts) => {
				const result = insideVault(parts.join("/"));
				return result === null || result.split("/").every((part) => part !== ".." && part !== "." && !part.startsWith("/"));
			}),
		);
	});

	it("know what lies within a folder", () => {
		expect(isWithin("G/Team/Me/x.md", "G/Team/Me")).toBe(true);
		expect(isWithin("G/Team/Mex/x.md", "G/Team/Me")).toBe(false);
		expect(isWithin("anything", "")).toBe(true);
	});
});
