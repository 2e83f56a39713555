import { describe, expect, it } from "vitest";
import { cliRunner } from "./run-cli";

const cli = cliRunner();

const SIX = "Anna,Bram,Carla,Dirk,Eva,Fatima";

describe("intervisie plan", () => {
	it("prints a table of sessions spread from start to end", async () => {
		const result = await cli("plan", "--members", SIX, "--start", "2026-01-12", "--end", "2026-11-30", "--sessions", "5");
		expect(result.code).toBe(0);
		expect(result.stderr).toBe("");
		expect(result.stdout).toBe(
			[
				"#  Date        Case-bringer  Facilitator  Note-taker",
				"1  2026-01-12  Anna          Bram         Carla",
				"2  2026-04-03  Bram          Carla        Dirk",
				"3  2026-06-22  Carla         Dirk         Eva",
				"4  2026-09-11  Dirk          Eva          Fatima",
				"5  2026-11-30  Eva           Fatima       Anna",
				"",
			].join("\n"),
		);
	});

	it("prints JSON with --json, every 6 weeks with an outside facilitator", async () => {
		const result = await cli("plan", "--members", "Anna, Bram", "--start=2026-01-12", "--sessions", "3", "--every", "6w", "--facilitator", "Coach Kim", "--json");
		expect(result.code).toBe(0);
		expect(JSON.parse(result.stdout)).toEqual({
			sessions: [
				{ number: 1, date: "2026-01-12", case_bringer: "Anna", facilitator: "Coach Kim", note_taker: "Bram" },
				{ number: 2, date: "2026-02-23", case_bringer: "Bram", facilitator: "Coach Kim", note_taker: "Anna" },
				{ number: 3, date: "2026-04-06", case_bringer: "Anna", facilitator: "Coach Kim", note_taker: "Bram" },
			],
		});
	});

	it("spreads over one year from start by default", async () => {
		const result = await cli("plan", "--members", "Anna,Bram", "--start", "2026-01-12", "--sessions", "2", "--json");
		const json = JSON.parse(result.stdout) as { sessions: { date: string }[] };
		expect(json.sessions.map((s) => s.date)).toEqual(["2026-01-12", "2027-01-12"]);
	});

	it("shows the plan command in the help", async () => {
		const result = await cli("plan", "--help");
		expect(result.code).toBe(0);
		expect(result.stdout).toContain("plan --members");
	});

	it.each([
		["no members", ["--start", "2026-01-12", "--sessions", "5"], /needs members/],
		["empty members", ["--members", " , ", "--start", "2026-01-12", "--sessions", "5"], /needs members/],
		["one member", ["--members", "Anna", "--start", "2026-01-12", "--sessions", "5"], /at least two members/],
		["duplicate members", ["--members", "Anna,Anna", "--start", "2026-01-12", "--sessions", "5"], /named twice/],
		["no start", ["--members", SIX, "--sessions", "5"], /start date/],
		["a bad date", ["--members", SIX, "--start", "2026-13-01", "--sessions", "5"], /not a date/],
		["a bad end", ["--members", SIX, "--start", "2026-01-12", "--end", "soon", "--sessions", "5"], /not a date/],
		["no sessions", ["--members", SIX, "--start", "2026-01-12"], /--sessions N/],
		["zero sessions", ["--members", SIX, "--start", "2026-01-12", "--sessions", "0"], /positive whole number/],
		["fractional sessions", ["--members", SIX, "--start", "2026-01-12", "--sessions", "2.5"], /positive whole number/],
		["--every 9w", ["--members", SIX, "--start", "2026-01-12", "--sessions", "5", "--every", "9w"], /2w to 6w/],
		["--every 1w", ["--members", SIX, "--start", "2026-01-12", "--sessions", "5", "--every", "1w"], /2w to 6w/],
		["--end and --every", ["--members", SIX, "--start", "2026-01-12", "--sessions", "5", "--every", "4w", "--end", "2026-12-01"], /not both/],
		["an unknown option", ["--members", SIX, "--start", "2026-01-12", "--sessions", "5", "--yaml"], /Unknown option: --yaml/],
		["a stray argument", ["--members", SIX, "--start", "2026-01-12", "--sessions", "5", "extra"], /extra/],
		["a missing value", ["--members", SIX, "--start", "2026-01-12", "--sessions"], /--sessions needs a value/],
		["a repeated option", ["--members", SIX, "--members", SIX, "--start", "2026-01-12", "--sessions", "5"], /twice/],
	])("exits 2 for %s, with one message on stderr", async (_, args, message) => {
		const result = await cli("plan", ...args);
		expect(result.code).toBe(2);
		expect(result.stdout).toBe("");
		expect(result.stderr).toMatch(message);
		expect(result.stderr.split("\n")[0]).toMatch(/^intervisie: /);
	});
});

describe("intervisie plan near the end of the calendar", () => {
	it.each([
		["--every", ["--every", "2w"]],
		["a spread over a year", []],
		["--end", ["--end", "9999-12-31"]],
	])("gives a usage error, not an unexpected one, when sessions would fall after 9999-12-31 (%s)", async (_, extra) => {
		const result = await cliRunner()("plan", "--members", "A,B", "--start", "9999-12-31", "--sessions", "5", ...extra);
		expect(result.code).toBe(2);
		expect(result.stdout).toBe("");
		expect(result.stderr).not.toContain("unexpected");
		expect(result.stderr).toMatch(/9999-12-31/);
	});

	it("still plans up to the last day", async () => {
		const result = await cliRunner()("plan", "--members", "A,B", "--start", "9999-12-03", "--sessions", "3", "--every", "2w", "--json");
		expect(result.code).toBe(0);
		expect((JSON.parse(result.stdout) as { sessions: { date: string }[] }).sessions.map((s) => s.date)).toEqual(["9999-12-03", "9999-12-17", "9999-12-31"]);
	});
});
