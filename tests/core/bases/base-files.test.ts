import { describe, expect, it } from "vitest";
import yaml from "js-yaml";
import { baseYaml, intervisieBases, yamlScalar } from "../../../src/core/bases/base-files";

interface ParsedView {
	type: string;
	name: string;
	filters?: Record<string, unknown[]>;
	groupBy?: { property: string; direction: string };
	order: string[];
	sort?: { property: string; direction: string }[];
}

interface ParsedBase {
	filters: { and: string[] };
	properties: Record<string, { displayName: string }>;
	views: ParsedView[];
}

const parse = (text: string) => yaml.safeLoad(text) as ParsedBase;

describe("intervisieBases", () => {
	it("names the files in the notes' language, under the folder", () => {
		expect(intervisieBases("en", "Intervisie").map((b) => b.path)).toEqual(["Intervisie/Goals.base", "Intervisie/Reports by goal.base", "Intervisie/Sessions.base"]);
		expect(intervisieBases("nl", "Intervisie/").map((b) => b.path)).toEqual([
			"Intervisie/Leerdoelen.base",
			"Intervisie/Verslagen per leerdoel.base",
			"Intervisie/Bijeenkomsten.base",
		]);
		expect(intervisieBases("en", "").map((b) => b.path)).toEqual(["Goals.base", "Reports by goal.base", "Sessions.base"]);
	});

	it("is deterministic", () => {
		expect(intervisieBases("nl", "X")).toEqual(intervisieBases("nl", "X"));
	});

	it("gives goals an active and an all view with status, deadline, baseline, target and trajectory", () => {
		const goals = parse(intervisieBases("en", "Intervisie")[0]?.text ?? "");
		expect(goals.filters).toEqual({ and: ['intervisie == "goal"'] });
		expect(goals.views.map((v) => [v.type, v.name])).toEqual([
			["table", "Active goals"],
			["table", "All goals"],
		]);
		const [active, all] = goals.views;
		expect(active?.order).toEqual(["file.name", "status", "deadline", "baseline", "target", "trajectory"]);
		expect(active?.filters).toEqual({ or: ['status == "active"', 'status == "actief"', "!status"] });
		expect(active?.sort).toEqual([{ property: "deadline", direction: "ASC" }]);
		expect(all?.filters).toBeUndefined();
		expect(all?.groupBy).toEqual({ property: "status", direction: "ASC" });
		expect(goals.properties["file.name"]).toEqual({ displayName: "Goal" });
	});

	it("groups reports by goal and sorts them by date", () => {
		const reports = parse(intervisieBases("en", "Intervisie")[1]?.text ?? "");
		expect(reports.filters).toEqual({ and: ['intervisie == "report"'] });
		const [byGoal, byDate] = reports.views;
		expect(byGoal?.name).toBe("By goal");
		expect(byGoal?.groupBy).toEqual({ property: "goals", direction: "ASC" });
		expect(byGoal?.order).toEqual(["file.name", "date", "session", "role", "goals", "ratings"]);
		expect(byDate?.sort).toEqual([{ property: "date", direction: "DESC" }]);
	});

	it("lists sessions by date with their number, status, case-bringers, facilitator, method and theme", () => {
		const sessions = parse(intervisieBases("nl", "Intervisie")[2]?.text ?? "");
		expect(sessions.filters).toEqual({ and: ['intervisie == "session"'] });
		expect(sessions.views).toHaveLength(1);
		expect(sessions.views[0]?.name).toBe("Bijeenkomsten op datum");
		expect(sessions.views[0]?.order).toEqual(["file.name", "date", "number", "status", "case-bringers", "facilitator", "method", "theme"]);
		expect(sessions.views[0]?.sort).toEqual([
			{ property: "date", direction: "ASC" },
			{ property: "number", direction: "ASC" },
		]);
		expect(sessions.properties["case-bringers"]).toEqual({ displayName: "Inbrengers" });
	});

	it("gives every shown property a display name in the notes' language", () => {
		for (const language of ["nl", "en"] as const) {
			for (const base of intervisieBases(language, "Intervisie")) {
				const parsed = parse(base.text);
				const shown = new Set(parsed.views.flatMap((v) => v.order));
				expect(Object.keys(parsed.properties).sort()).toEqual([...shown].sort());
				for (const { displayName } of Object.values(parsed.properties)) expect(displayName).toMatch(/^[A-Z]/);
			}
		}
		expect(parse(intervisieBases("nl", "")[1]?.text ?? "").properties.ratings).toEqual({ displayName: "Scores" });
	});

	it("writes two-space YAML with quoted expressions, the way docs/schema.md shows it", () => {
		const text = intervisieBases("en", "Intervisie")[1]?.text ?? "";
		expect(text.startsWith("filters:\n  and:\n    - 'intervisie == \"report\"'\nproperties:\n")).toBe(true);
		expect(text).toContain("    groupBy:\n      property: goals\n      direction: ASC\n");
		expect(text.endsWith("\n")).toBe(true);
		expect(text).not.toMatch(/\t/);
	});
});

describe("YAML scalars", () => {
	it("reads back as the same string, whatever it holds", () => {
		const values = ["Status", "file.name", "case-bringers", "yes", "No", "null", "12", "1e3", "a: b", "# x", "it's", 'say "hi"', "!status", "- a", "tab\there", "line\nbreak", "trailing ", "", "Ünïcode naam", "[x]", "{y}", "@z", "`q`"];
		for (const value of values) expect(yaml.safeLoad(`k: ${yamlScalar(value)}`)).toEqual({ k: value });
	});

	it("nests filter groups", () => {
		const text = baseYaml({
			filters: { op: "and", items: ['a == "x"', { op: "or", items: ["b > 1", { op: "not", items: ["c"] }] }] },
			properties: [],
			views: [{ name: "V", order: ["file.name"] }],
		});
		expect(yaml.safeLoad(text)).toEqual({
			filters: { and: ['a == "x"', { or: ["b > 1", { not: ["c"] }] }] },
			views: [{ type: "table", name: "V", order: ["file.name"] }],
		});
	});
});
