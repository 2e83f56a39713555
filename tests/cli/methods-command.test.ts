import { describe, expect, it } from "vitest";
import { builtInMethods } from "../../src/core/methods/catalogue";
import { totalMinutes } from "../../src/core/methods/total-minutes";
import { cliRunner } from "./run-cli";

const cli = cliRunner();

describe("intervisie methods", () => {
	it("prints one block per method with both names, steps with minutes and the total", async () => {
		const result = await cli("methods");
		expect(result.code).toBe(0);
		expect(result.stderr).toBe("");
		const blocks = result.stdout.trimEnd().split("\n\n");
		const methods = builtInMethods();
		expect(blocks).toHaveLength(methods.length);
		methods.forEach((method, i) => {
			const block = blocks[i] ?? "";
			expect(block.split("\n")[0]).toBe(`${method.id}: ${method.name.en} / ${method.name.nl}`);
			for (const step of method.steps) expect(block).toContain(`${step.minutes} min  ${step.name.en} / ${step.name.nl}`);
			expect(block).toContain(`Total: ${totalMinutes(method)} min`);
		});
	});

	it("prints the catalogue as JSON with --json", async () => {
		const result = await cli("methods", "--json");
		expect(result.code).toBe(0);
		const json = JSON.parse(result.stdout) as { id: string; names: { nl: string; en: string }; steps: { name: { nl: string; en: string }; minutes: number }[]; total_minutes: number }[];
		const methods = builtInMethods();
		expect(json.map((m) => m.id)).toEqual(methods.map((m) => m.id));
		for (const [i, method] of methods.entries()) {
			expect(json[i]).toEqual({
				id: method.id,
				names: { nl: method.name.nl, en: method.name.en },
				steps: method.steps.map((s) => ({ name: { nl: s.name.nl, en: s.name.en }, minutes: s.minutes })),
				total_minutes: totalMinutes(method),
			});
			expect(json[i]?.total_minutes).toBe(json[i]?.steps.reduce((sum, s) => sum + s.minutes, 0));
		}
	});

	it("exits 2 for an unknown option", async () => {
		const result = await cli("methods", "--yaml");
		expect(result.code).toBe(2);
		expect(result.stdout).toBe("");
		expect(result.stderr).toMatch(/--yaml/);
	});

	it("is listed in the help", async () => {
		expect((await cli("--help")).stdout).toContain("methods [--json]");
	});
});
