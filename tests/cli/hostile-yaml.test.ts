import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readVault } from "../../src/cli/read-vault";
import { MAX_PROPERTIES_BYTES, MAX_PROPERTY_VALUES, parseObsidianYaml } from "../../src/cli/obsidian-yaml";
import { tempVaults } from "./temp-vault";
import { cliRunner } from "./run-cli";

const vault = tempVaults(afterEach);
const cli = cliRunner(() => new Date(2026, 5, 29, 12));

/** Nine aliases of nine aliases, seven deep, in mappings: about 750 bytes that expand to 4.8 million values. */
function aliasBomb(): string {
	const keys = (value: string): string => `{${Array.from({ length: 9 }, (_, i) => `k${i}: ${value}`).join(", ")}}`;
	const lines = ["intervisie: goal", "author: Anna", `a0: &a0 ${keys("x")}`];
	for (let depth = 1; depth <= 7; depth++) lines.push(`a${depth}: &a${depth} ${keys(`*a${depth - 1}`)}`);
	return `---\n${lines.join("\n")}\n---\nI summarise every meeting. See [[Other]].\n`;
}

describe("properties that expand beyond the bound", () => {
	it("parses ordinary aliases", () => {
		expect(parseObsidianYaml("a: &x [1, 2]\nb: *x")).toEqual({ a: [1, 2], b: [1, 2] });
	});

	it("refuses an alias bomb, saying what the bound is", () => {
		const yaml = aliasBomb().split("---\n")[1] ?? "";
		expect(() => parseObsidianYaml(yaml)).toThrow(`over the bound of ${MAX_PROPERTY_VALUES.toLocaleString("en")} values`);
	});

	it("refuses a properties block over the size bound without parsing it", () => {
		const yaml = `intervisie: goal\nnote: "${"x".repeat(MAX_PROPERTIES_BYTES)}"\n`;
		expect(() => parseObsidianYaml(yaml)).toThrow("over the bound of 256 KB");
	});

	it("marks the note unreadable: no properties, and a reason", async () => {
		const root = vault({ "Goals/Bomb.md": aliasBomb() });
		const { records } = await readVault(root);
		expect(records[0]?.frontmatter).toBeNull();
		expect(records[0]?.yamlError?.ours).toBe(true);
		expect(records[0]?.yamlError?.reason).toContain("over the bound");
	}, 60_000);

	it("check finishes and reports the note as malformed", async () => {
		const root = vault({ "Goals/Bomb.md": aliasBomb(), "Goals/Fine.md": "---\nintervisie: goal\n---\nI ask first.\n" });
		const result = await cli("check", root, "--json");
		expect(result.code).toBe(1);
		const report = JSON.parse(result.stdout) as { problems: { path: string; code: string; message: string }[] };
		expect(report.problems).toMatchObject([{ path: "Goals/Bomb.md", code: "malformed-yaml" }]);
		expect(report.problems[0]?.message).toContain("over the bound");
	}, 60_000);

	it("report finishes without the note", async () => {
		const root = vault({ "Goals/Bomb.md": aliasBomb(), "Goals/Fine.md": "---\nintervisie: goal\nauthor: Anna\n---\nI ask first.\n" });
		const result = await cli("report", root, "--out", join(vault({}), "report.md"));
		expect(result).toMatchObject({ code: 0, stderr: "" });
	}, 60_000);
});
