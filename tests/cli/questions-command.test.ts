import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/main";
import { cliRunner } from "./run-cli";

const cli = cliRunner();
const folder = mkdtempSync(join(tmpdir(), "questions-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const NOTES = [
	"- Sanne, wat maakt dat je twijfelt? (+)",
	"",
	"Heb je al overwogen om het te delegeren?",
	"Don't you think he is testing you?",
	"So you never told her?",
	"Interessant",
].join("\n");

function file(name: string, text: string): string {
	const path = join(folder, name);
	writeFileSync(path, text);
	return path;
}

async function withStdin(text: string, ...argv: string[]) {
	let stdout = "";
	let stderr = "";
	const code = await run(["questions", ...argv], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stdin: () => Promise.resolve(text) });
	return { code, stdout, stderr };
}

describe("intervisie questions", () => {
	it("prints each question with its kind and reason, then the tally", async () => {
		const result = await cli("questions", file("round.md", NOTES));
		expect(result.code).toBe(0);
		expect(result.stderr).toBe("");
		const lines = result.stdout.split("\n");
		expect(lines[0]).toMatch(/^open +Sanne, wat maakt dat je twijfelt\? {2}\(\+\) helped$/);
		expect(lines[1]).toMatch(/^ +Starts with "wat": /);
		expect(result.stdout).toMatch(/^advice +Heb je al overwogen om het te delegeren\?$/m);
		expect(result.stdout).toMatch(/^leading +Don't you think he is testing you\?$/m);
		expect(result.stdout).toMatch(/^closed +So you never told her\?$/m);
		expect(result.stdout).toMatch(/^no kind +Interessant$/m);
		expect(result.stdout.trimEnd().split("\n").at(-1)).toBe("1 open · 1 closed · 1 advice · 1 leading · 1 without a kind · 1 helped");
	});

	it("speaks Dutch with --lang nl", async () => {
		const result = await cli("questions", file("round-nl.md", NOTES), "--lang", "nl");
		expect(result.stdout).toMatch(/^verkapt advies +Heb je al overwogen/m);
		expect(result.stdout).toContain("Een oplossing in de vorm van een vraag");
		expect(result.stdout).toContain("1 open · 1 gesloten · 1 verkapt advies · 1 sturend · 1 zonder soort · 1 hielp");
	});

	it("prints JSON with --json: text, kind (null when it cannot judge) and reason, and the tally", async () => {
		const result = await cli("questions", file("round-json.md", NOTES), "--json");
		expect(result.code).toBe(0);
		const json = JSON.parse(result.stdout) as { questions: { text: string; kind: string | null; reason: string }[]; tally: Record<string, number> };
		expect(json.questions.map((q) => [q.text, q.kind])).toEqual([
			["Sanne, wat maakt dat je twijfelt?", "open"],
			["Heb je al overwogen om het te delegeren?", "advice"],
			["Don't you think he is testing you?", "leading"],
			["So you never told her?", "closed"],
			["Interessant", null],
		]);
		expect(json.questions.every((q) => Object.keys(q).join() === "text,kind,reason")).toBe(true);
		expect(json.questions[1]?.reason).toBe('A solution wrapped in a question ("Heb je al overwogen").');
		expect(json.questions[4]?.reason).toBe("No rule fits; judge this one together.");
		expect(json.tally).toEqual({ open: 1, closed: 1, advice: 1, leading: 1, none: 1 });
	});

	it("reads standard input with - and without a file", async () => {
		for (const argv of [["-"], []]) {
			const result = await withStdin("1. How did that feel?\n2. Why not ask her?\n", ...argv, "--json");
			expect(result.code).toBe(0);
			expect((JSON.parse(result.stdout) as { tally: unknown }).tally).toEqual({ open: 1, closed: 0, advice: 1, leading: 0, none: 0 });
		}
	});

	it("prints only the tally for empty input", async () => {
		const result = await withStdin("\n\n");
		expect(result).toEqual({ code: 0, stdout: "0 open · 0 closed · 0 advice · 0 leading\n", stderr: "" });
	});

	it("shows control characters from the input as escapes", async () => {
		const result = await withStdin("Wat \u001b[31mzie je?");
		expect(result.stdout).toContain("Wat \\x1b[31mzie je?");
		expect(result.stdout).not.toContain("\u001b");
	});

	it("exits 2 on a missing file, an unknown option, two files or a wrong language", async () => {
		const missing = await cli("questions", join(folder, "nope.md"));
		expect(missing.code).toBe(2);
		expect(missing.stderr).toMatch(/cannot read .*nope\.md/);
		expect(missing.stdout).toBe("");
		expect((await cli("questions", "--yaml")).code).toBe(2);
		expect((await cli("questions", "a.md", "b.md")).code).toBe(2);
		expect((await cli("questions", "--lang", "de")).code).toBe(2);
		expect((await cli("questions", folder)).code).toBe(2);
	});

	it("is listed in the help", async () => {
		expect((await cli("--help")).stdout).toContain("questions [FILE|-] [--json]");
	});
});
