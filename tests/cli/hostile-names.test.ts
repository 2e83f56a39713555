import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { tempVaults } from "./temp-vault";
import { cliRunner } from "./run-cli";

const vault = tempVaults(afterEach);
const cli = cliRunner(() => new Date(2026, 5, 29, 12));

const GOAL = "---\nintervisie: goal\n---\nI ask first.\n";
const BROKEN = "---\nintervisie: goal\ngoals: [unclosed\n---\n";
/** Something a terminal acts on: a control character other than the line breaks the tool writes itself. */
const TERMINAL_CODES = {
	test: (text: string): boolean =>
		[...text].some((char) => {
			const code = char.charCodeAt(0);
			return (code < 0x20 && char !== "\n") || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029 || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
		}),
};

describe("names that would fool a terminal", () => {
	const FAKE = "Broken\n\n0 notes, 0 errors, 0 warnings, 0 info, 0 pieces of advice\u001b[2J\r\u202e.md";

	it("check escapes control characters in names, so a name cannot fake a line", async () => {
		const root = vault({ [`Goals/${FAKE}`]: BROKEN, "Goals/Fine\u0007.md": GOAL });
		const result = await cli("check", root);
		expect(result.code).toBe(1);
		expect(result.stdout).not.toSatisfy((text: string) => TERMINAL_CODES.test(text));
		expect(result.stdout.split("\n")).not.toContain("0 notes, 0 errors, 0 warnings, 0 info, 0 pieces of advice");
		expect(result.stdout).toContain("Goals/Broken\\n\\n0 notes, 0 errors, 0 warnings, 0 info, 0 pieces of advice\\x1b[2J\\r\\u202e.md");
		expect(result.stdout).toContain("Goals/Fine\\x07.md");
		expect(result.stdout).toMatch(/\n1 note, 1 error, /);
	});

	it("check --json keeps the true names, escaped so the output is safe to print", async () => {
		const root = vault({ [`Goals/${FAKE}`]: BROKEN });
		const result = await cli("check", root, "--json");
		expect(result.stdout).not.toSatisfy((text: string) => TERMINAL_CODES.test(text));
		expect(result.stdout.trim().split("\n")).toHaveLength(1);
		const report = JSON.parse(result.stdout) as { problems: { path: string }[] };
		expect(report.problems[0]?.path).toBe(`Goals/${FAKE}`);
	});

	it("the vault's own name and names in usage errors are escaped too", async () => {
		const root = vault({ "Goals/A.md": GOAL });
		const odd = join(root, "x\u001b[2Jy");
		mkdirSync(odd);
		const check = await cli("check", odd);
		expect(check.stdout).toContain("x\\x1b[2Jy");
		expect(check.stdout).not.toSatisfy((text: string) => TERMINAL_CODES.test(text));
		const missing = await cli("check", join(root, "gone\r0 errors"));
		expect(missing.code).toBe(2);
		expect(missing.stderr).toContain("gone\\r0 errors");
		expect(missing.stderr).not.toSatisfy((text: string) => TERMINAL_CODES.test(text));
	});

	it("report escapes the names it prints", async () => {
		const member = "Anna\u001b[31m";
		const root = vault({ "Goals/A.md": `---\nintervisie: goal\nauthor: "Anna\\e[31m"\n---\nI ask first.\n` });
		const out = join(vault({}), "r\u0007.md");
		const result = await cli("report", root, "--out", out, "--member", member);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain("r\\x07.md");
		expect(result.stdout).toContain("Anna\\x1b[31m");
		expect(result.stdout).not.toSatisfy((text: string) => TERMINAL_CODES.test(text));
	});

	it("plan escapes member names", async () => {
		const result = await cli("plan", "--members", "A\u001b[2J,B\u202e,C", "--start", "2026-01-12", "--sessions", "3");
		expect(result.code).toBe(0);
		expect(result.stdout).not.toSatisfy((text: string) => TERMINAL_CODES.test(text));
		expect(result.stdout).toContain("A\\x1b[2J");
		const json = await cli("plan", "--members", "A\u001b[2J,B\u202e,C", "--start", "2026-01-12", "--sessions", "3", "--json");
		expect(json.stdout).not.toSatisfy((text: string) => TERMINAL_CODES.test(text));
		expect((JSON.parse(json.stdout) as { sessions: { case_bringer: string }[] }).sessions[0]?.case_bringer).toBe("A\u001b[2J");
	});
});
describe("names that are not valid UTF-8", () => {
	it("are a problem of that file only; the rest of the vault is checked", async () => {
		const root = vault({ "Goals/Fine.md": GOAL, "Goals/Broken.md": BROKEN });
		writeFileSync(Buffer.from(`${root}/Goals/Bad \xff\xfe name.md`, "latin1"), GOAL);
		mkdirSync(Buffer.from(`${root}/Folder \xff`, "latin1"));
		writeFileSync(Buffer.from(`${root}/Folder \xff/Inside.md`, "latin1"), GOAL);
		const result = await cli("check", root, "--json");
		expect(result.stderr).toBe("");
		expect(result.code).toBe(1);
		const report = JSON.parse(result.stdout) as { notes: { path: string }[]; problems: { path: string; code: string; message: string }[] };
		expect(report.notes.map((n) => n.path)).toEqual(["Goals/Fine.md"]);
		expect(report.problems.map((p) => [p.path, p.code])).toEqual([
			["Folder \\xff", "unreadable-name"],
			["Goals/Bad \\xff\\xfe name.md", "unreadable-name"],
			["Goals/Broken.md", "malformed-yaml"],
		]);
		expect(report.problems[1]?.message).toContain("not valid UTF-8");
	});

	it("report leaves such a note out and writes the rest", async () => {
		const root = vault({ "Goals/Fine.md": "---\nintervisie: goal\nauthor: Anna\n---\nI ask first.\n" });
		writeFileSync(Buffer.from(`${root}/Goals/Bad \xff.md`, "latin1"), "---\nintervisie: goal\nauthor: Anna\n---\nBAD NAME SECRET\n");
		const out = join(vault({}), "report.md");
		const result = await cli("report", root, "--out", out);
		expect(result).toMatchObject({ code: 0, stderr: "" });
	});
});
