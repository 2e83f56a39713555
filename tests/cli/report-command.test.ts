import { existsSync, lstatSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Window } from "happy-dom";
import { afterEach, describe, expect, it } from "vitest";
import { tempVaults } from "./temp-vault";
import { cliRunner } from "./run-cli";

const vault = tempVaults(afterEach);

const cli = cliRunner(() => new Date(2026, 5, 29, 12));

const ME = "Sanne de Vries";
const T = '"[[Team leads 2026]]"';

/** A participant's vault: a trajectory, two held sessions, a goal, two reports (one private), a private callout, a comment. */
function personalVault(extra: Record<string, string> = {}): Record<string, string> {
	return {
		"Intervisie/Trajectories/Team leads 2026.md": `---\nintervisie: trajectory\nstart: 2026-01-12\nend: 2026-06-29\nmembers:\n  - ${ME}\n  - Joris Bakker\nfacilitator: Marleen Smit\n---\n`,
		"Intervisie/Sessions/Session 1.md": `---\nintervisie: session\ndate: 2026-01-26\nnumber: 1\ntrajectory: ${T}\nstatus: held\ncase-bringers:\n  - ${ME}\nattendance:\n  - ${ME}\ntheme: Listening\n---\n`,
		"Intervisie/Sessions/Session 2.md": `---\nintervisie: session\ndate: 2026-03-09\nnumber: 2\ntrajectory: ${T}\nstatus: held\n---\n`,
		"Intervisie/Cases/How can I listen.md": `---\nintervisie: case\nauthor: ${ME}\nsession: "[[Session 1]]"\nquestion: How can I listen better?\n---\n## The situation\n\nCASE BODY STAYS OUT\n`,
		"Intervisie/Goals/Listen & ask.md": `---\nintervisie: goal\nauthor: ${ME}\ntrajectory: ${T}\nbaseline: 4\ntarget: 7\n---\n## What I will do\n\nI ask <script>alert(1)</script> & listen.\n\n> [!private]\n> GOAL SECRET\n`,
		"Intervisie/Reports/2026-01-26 Report session 1.md": `---\nintervisie: report\nauthor: ${ME}\ndate: 2026-01-26\nsession: "[[Session 1]]"\ngoals:\n  - "[[Listen & ask]]"\nratings:\n  - 5\n---\n## What I learned about myself\n\n%% COMMENT SECRET %%\nI jump to solutions.\n\n> [!private] Just for me\n> CALLOUT SECRET\n\n## What I will do next\n\n- [ ] Ask first 📅 2026-02-09\n`,
		"Intervisie/Reports/2026-03-09 Report session 2.md": `---\nintervisie: report\nauthor: ${ME}\nprivate: true\ndate: 2026-03-09\nsession: "[[Session 2]]"\ngoals:\n  - "[[Listen & ask]]"\nratings:\n  - 9\n---\n## What I learned about myself\n\nPRIVATE NOTE SECRET\n`,
		...extra,
	};
}

const SECRETS = ["GOAL SECRET", "CALLOUT SECRET", "COMMENT SECRET", "PRIVATE NOTE SECRET", "CASE BODY STAYS OUT"];

function parse(html: string): Document {
	return new new Window().DOMParser().parseFromString(html, "text/html") as unknown as Document;
}

describe("intervisie report", () => {
	it("writes one self-contained HTML page, without any private part, with note text escaped", async () => {
		const root = vault(personalVault());
		const out = join(vault({}), "report.html");
		const result = await cli("report", root, "--out", out);
		expect(result).toMatchObject({ code: 0, stderr: "" });
		expect(result.stdout).toContain(`trajectory report of ${ME}, Team leads 2026`);
		const html = readFileSync(out, "utf8");
		for (const secret of SECRETS) expect(html).not.toContain(secret);
		expect(html).not.toMatch(/<script|<link|<img|src=/i);
		const doc = parse(html);
		expect(doc.documentElement.getAttribute("lang")).toBe("en");
		expect(doc.querySelector("h1")?.textContent).toBe(`Trajectory report ${ME}, Team leads 2026`);
		expect(doc.body.textContent).toContain("I ask <script>alert(1)</script> & listen.");
		expect([...doc.querySelectorAll("h3")].map((h) => h.textContent)).toContain("Listen & ask");
		expect(doc.querySelector("svg title")?.textContent).toBe("Listen & ask: one rating, 5 on 2026-01-26 (scale 1 to 10, target 7).");
		expect(doc.body.textContent).toContain("I jump to solutions.");
		expect(doc.body.textContent).toContain("Yes: How can I listen better?");
		expect([...doc.querySelectorAll("td")].map((td) => td.textContent)).toContain("Ask first");
	});

	it("writes a markdown note with plain properties and the same contents", async () => {
		const root = vault(personalVault());
		const out = join(vault({}), "report.md");
		expect((await cli("report", root, "--out", out, "--lang", "nl")).code).toBe(0);
		const md = readFileSync(out, "utf8");
		expect(md.startsWith(`---\ntype: trajectory-report\ntrajectory: Team leads 2026\nmember: ${ME}\ndate: 2026-06-29\n---\n`)).toBe(true);
		expect(md).toContain("## Leerdoelen");
		expect(md).toContain("| 26 januari 2026 | 5 |");
		for (const secret of SECRETS) expect(md).not.toContain(secret);
	});

	it("writes in the language of the notes when --lang is not given", async () => {
		const dutch = personalVault();
		dutch["Intervisie/Goals/Listen & ask.md"] = dutch["Intervisie/Goals/Listen & ask.md"]!.replace("## What I will do", "## Wat ik ga doen");
		dutch["Intervisie/Reports/2026-01-26 Report session 1.md"] = dutch["Intervisie/Reports/2026-01-26 Report session 1.md"]!.replace("## What I learned about myself", "## Wat ik over mezelf leerde").replace("## What I will do next", "## Wat ik nu ga doen");
		const out = join(vault({}), "verslag.html");
		expect((await cli("report", vault(dutch), "--out", out)).code).toBe(0);
		expect(parse(readFileSync(out, "utf8")).documentElement.getAttribute("lang")).toBe("nl");
	});

	it("replaces an existing file of the name given", async () => {
		const folder = vault({ "report.html": "old" });
		const out = join(folder, "report.html");
		expect((await cli("report", vault(personalVault()), "--out", out)).code).toBe(0);
		expect(readFileSync(out, "utf8")).toMatch(/^<!DOCTYPE html>/);
	});

	it("refuses to write inside the folder it reports on, and writes nothing", async () => {
		const root = vault(personalVault());
		const result = await cli("report", root, "--out", join(root, "Intervisie", "report.md"));
		expect(result.code).toBe(2);
		expect(result.stderr).toContain("outside the folder");
		expect(existsSync(join(root, "Intervisie", "report.md"))).toBe(false);
	});

	it("asks for --member when the notes are by several people, and uses it", async () => {
		const files = personalVault({ "Other/Goal of Joris.md": "---\nintervisie: goal\nauthor: Joris Bakker\ntrajectory: \"[[Team leads 2026]]\"\n---\nJORIS GOAL\n" });
		const root = vault(files);
		const out = join(vault({}), "report.html");
		const ambiguous = await cli("report", root, "--out", out);
		expect(ambiguous.code).toBe(2);
		expect(ambiguous.stderr).toContain("--member");
		expect(ambiguous.stderr).toContain("Joris Bakker");
		expect(existsSync(out)).toBe(false);
		expect((await cli("report", root, "--out", out, "--member", ME)).code).toBe(0);
		expect(readFileSync(out, "utf8")).not.toContain("JORIS GOAL");
	});

	it("takes notes without an author as the member's, and writes a nameless vault's report without a name", async () => {
		const files = Object.fromEntries(Object.entries(personalVault()).map(([path, text]) => [path, text.replace(/^author: .*\n/m, "")]));
		const root = vault(files);
		const out = join(vault({}), "report.html");
		const nameless = await cli("report", root, "--out", out);
		expect(nameless).toMatchObject({ code: 0, stderr: "" });
		expect(nameless.stdout).toContain("Wrote ");
		expect(nameless.stdout).toContain(": trajectory report of Team leads 2026.");
		const doc = parse(readFileSync(out, "utf8"));
		expect(doc.querySelector("h1")?.textContent).toBe("Trajectory report Team leads 2026");
		expect(doc.querySelector("title")?.textContent).toBe("Trajectory report Team leads 2026");
		expect(doc.body.textContent).not.toContain("Participant");
		expect(doc.body.textContent).toContain("I jump to solutions.");
		for (const secret of SECRETS) expect(doc.body.textContent).not.toContain(secret);

		const md = join(vault({}), "report.md");
		expect((await cli("report", root, "--out", md)).code).toBe(0);
		const text = readFileSync(md, "utf8");
		expect(text).toContain("# Trajectory report Team leads 2026\n");
		expect(text).not.toMatch(/report ,|member: ""/);

		expect((await cli("report", root, "--out", out, "--member", "Sanne")).code).toBe(0);
		expect(parse(readFileSync(out, "utf8")).querySelector("h1")?.textContent).toBe("Trajectory report Sanne, Team leads 2026");
	});

	it("refuses a --member with no notes, names the authors it found, and writes nothing", async () => {
		const root = vault(personalVault({ "Other/Goal of Joris.md": "---\nintervisie: goal\nauthor: Joris Bakker\n---\nJORIS GOAL\n" }));
		const out = join(vault({}), "report.html");
		const result = await cli("report", root, "--out", out, "--member", "Nobody");
		expect(result.code).toBe(2);
		expect(result.stdout).toBe("");
		expect(result.stderr).toContain('No notes of "Nobody" were found');
		expect(result.stderr).toContain(`${ME}, Joris Bakker`);
		expect(existsSync(out)).toBe(false);
	});

	it("leaves out shared copies of other people's notes in a personal vault", async () => {
		const files = personalVault({ "Intervisie/Groups/Team leads 2026/Joris Bakker/Goal.md": "---\nintervisie: goal\nauthor: Joris Bakker\nshared: true\n---\nSHARED COPY\n" });
		const out = join(vault({}), "report.html");
		expect((await cli("report", vault(files), "--out", out)).code).toBe(0);
		expect(readFileSync(out, "utf8")).not.toContain("SHARED COPY");
	});

	it("asks for --trajectory when the member takes part in several, and finds one by name", async () => {
		const files = personalVault({ "Intervisie/Trajectories/Team leads 2027.md": `---\nintervisie: trajectory\nmembers:\n  - ${ME}\n---\n` });
		const root = vault(files);
		const out = join(vault({}), "report.html");
		const ambiguous = await cli("report", root, "--out", out);
		expect(ambiguous.code).toBe(2);
		expect(ambiguous.stderr).toContain('--trajectory NAME: "Team leads 2026", "Team leads 2027"');
		expect((await cli("report", root, "--out", out, "--trajectory", "team leads 2026")).code).toBe(0);
		const missing = await cli("report", root, "--out", out, "--trajectory", "Nope");
		expect(missing.code).toBe(2);
		expect(missing.stderr).toContain('No trajectory named "Nope"');
	});

	it.each([
		["no vault", ["report", "--out", "x.html"], "vault folder"],
		["no --out", ["report", "."], "--out report.html"],
		["another extension", ["report", ".", "--out", "report.pdf"], ".html"],
		["an unknown option", ["report", ".", "--out", "r.html", "--pdf"], "Unknown option: --pdf"],
		["an unknown language", ["report", ".", "--out", "r.html", "--lang", "de"], "--lang must be nl or en"],
		["--member without a value", ["report", ".", "--out", "r.html", "--member"], "--member needs a value"],
		["two folders", ["report", "a", "b", "--out", "r.html"], "one vault folder"],
	])("exits 2 for %s, with a message", async (_, argv, message) => {
		const result = await cli(...argv);
		expect(result.code).toBe(2);
		expect(result.stdout).toBe("");
		expect(result.stderr).toContain(message);
	});

	it("exits 2 for a missing vault or a missing folder for --out", async () => {
		const missing = await cli("report", join(vault({}), "missing"), "--out", join(vault({}), "r.html"));
		expect(missing.code).toBe(2);
		expect(missing.stderr).toContain("No such folder");
		const noFolder = await cli("report", vault(personalVault()), "--out", join(vault({}), "nope", "r.html"));
		expect(noFolder.code).toBe(2);
		expect(noFolder.stderr).toContain("No such folder for --out");
	});
});

describe("intervisie report --group", () => {
	/** A group folder: the shared trajectory and sessions at the top, a subfolder per member with their shared notes. */
	function groupFolder(): Record<string, string> {
		return {
			"Team leads 2026.md": `---\nintervisie: trajectory\nmembers:\n  - Anna\n  - Bram\n---\n`,
			"Sessions/Session 1.md": `---\nintervisie: session\ndate: 2026-01-26\nnumber: 1\ntrajectory: ${T}\nstatus: held\ncase-bringers:\n  - Bram\nattendance:\n  - Anna\n  - Bram\n---\n`,
			"Anna/Listen.md": `---\nintervisie: goal\nshared: true\ntrajectory: ${T}\n---\n## What I will do\n\nAnna listens.\n`,
			"Anna/2026-01-26 Report.md": `---\nintervisie: report\nshared: true\ndate: 2026-01-26\nsession: "[[Session 1]]"\ngoals:\n  - "[[Listen]]"\nratings:\n  - 6\n---\n## What I learned about myself\n\nAnna learned.\n\n> [!private]\n> ANNA SECRET\n`,
			"Bram/Decide.md": `---\nintervisie: goal\nauthor: Bram\nshared: true\ntrajectory: ${T}\n---\n## What I will do\n\nBram decides.\n`,
			"Bram/Case.md": `---\nintervisie: case\nauthor: Bram\nshared: true\nsession: "[[Session 1]]"\nquestion: How do I decide?\n---\nBRAM CASE BODY\n`,
		};
	}

	it("writes one page with a section per member, each with only their own notes", async () => {
		const out = join(vault({}), "group.html");
		const result = await cli("report", vault(groupFolder()), "--group", "--out", out);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain("Anna, Bram");
		const html = readFileSync(out, "utf8");
		expect(html).not.toContain("ANNA SECRET");
		expect(html).not.toContain("BRAM CASE BODY");
		const doc = parse(html);
		expect(doc.querySelector("h1")?.textContent).toBe("Trajectory reports, Team leads 2026");
		const sections = [...doc.querySelectorAll("section.member")];
		expect(sections.map((s) => s.querySelector("h2")?.textContent)).toEqual(["Trajectory report Anna, Team leads 2026", "Trajectory report Bram, Team leads 2026"]);
		const [anna, bram] = sections.map((s) => s.textContent ?? "");
		expect(anna).toContain("Anna listens.");
		expect(anna).toContain("Anna learned.");
		expect(anna).not.toContain("Bram decides.");
		expect(anna).not.toContain("How do I decide?");
		expect(bram).toContain("Yes: How do I decide?");
		expect(bram).not.toContain("Anna");
	});

	it("opens with the group's overview, read before the members: attendance, rotation, reports per session, themes", async () => {
		const files = groupFolder();
		files["Sessions/Session 1.md"] = files["Sessions/Session 1.md"]?.replace("status: held\n", "status: held\ntheme: Saying no\n") ?? "";
		const out = join(vault({}), "group.html");
		expect((await cli("report", vault(files), "--group", "--out", out)).code).toBe(0);
		const doc = parse(readFileSync(out, "utf8"));
		const headings = [...doc.querySelectorAll("h2, h3")].map((h) => h.textContent);
		expect(headings.slice(0, 6)).toEqual(["Group", "Attendance", "Case rotation", "Reports per session", "Themes", "Trajectory report Anna, Team leads 2026"]);
		const tables = [...doc.querySelectorAll("table")].slice(0, 3).map((table) => [...table.querySelectorAll("tr")].map((tr) => [...tr.children].map((c) => c.textContent)));
		expect(tables[0]).toEqual([["Member", "Session 1, 26 January 2026"], ["Anna", "present"], ["Bram", "present"]]);
		expect(tables[1]).toEqual([["Member", "Brought a case in", "Next turn"], ["Anna", "Not yet", "No turn planned"], ["Bram", "Session 1", "No turn planned"]]);
		expect(tables[2]).toEqual([["Session", "Shared reports", "Missing"], ["Session 1, 26 January 2026", "1 of 2 expected reports shared", "Bram"]]);
		expect(doc.body.textContent).toContain("Saying no (1 session)");
		// The overview never contradicts the members' parts: both see the session as held.
		expect(doc.body.textContent).not.toContain("No sessions held yet.");
	});

	it("writes one member's part with --member, and the group as markdown", async () => {
		const folder = vault(groupFolder());
		const out = join(vault({}), "bram.md");
		expect((await cli("report", folder, "--group", "--member", "Bram", "--out", out)).code).toBe(0);
		const md = readFileSync(out, "utf8");
		expect(md).toContain("members:\n  - Bram\n");
		expect(md).toContain("## Trajectory report Bram, Team leads 2026");
		expect(md).not.toContain("Anna listens");
	});

	it("takes the member folders as members when there is no trajectory note, named after the folder", async () => {
		const files = groupFolder();
		delete files["Team leads 2026.md"];
		const folder = vault(files);
		writeFileSync(join(folder, "Notes.md"), "no properties\n");
		const out = join(vault({}), "group.html");
		expect((await cli("report", folder, "--group", "--out", out)).code).toBe(0);
		const doc = parse(readFileSync(out, "utf8"));
		expect([...doc.querySelectorAll("section.member h2")].map((h) => h.textContent)).toEqual([expect.stringContaining("Anna"), expect.stringContaining("Bram")]);
	});

	it("refuses a --member with no notes in a group folder too", async () => {
		const out = join(vault({}), "report.html");
		const result = await cli("report", vault(groupFolder()), "--group", "--member", "Nobody", "--out", out);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('No notes of "Nobody" were found');
		expect(result.stderr).toContain("Anna");
		expect(existsSync(out)).toBe(false);
	});
});

describe("intervisie report --out, written aside", () => {
	const NOTE = "---\nintervisie: goal\nauthor: Anna\n---\nI ask first.\n";

	it("never follows a symlink planted at the name of the temporary file", async () => {
		const root = vault({ "Goal.md": NOTE });
		const outside = vault({ "victim.txt": "KEEP ME" });
		const folder = vault({});
		const out = join(folder, "report.md");
		// The names a plain write would have used: this process's id, as the tool runs in-process here.
		symlinkSync(join(outside, "victim.txt"), join(folder, `.report.md.${process.pid}.tmp`));
		const result = await cli("report", root, "--out", out);
		expect(result).toMatchObject({ code: 0, stderr: "" });
		expect(readFileSync(join(outside, "victim.txt"), "utf8")).toBe("KEEP ME");
		expect(readFileSync(out, "utf8")).toContain("I ask first.");
		expect(lstatSync(out).isSymbolicLink()).toBe(false);
	});

	it("leaves no temporary file behind", async () => {
		const folder = vault({});
		expect((await cli("report", vault({ "Goal.md": NOTE }), "--out", join(folder, "report.html"))).code).toBe(0);
		expect(readdirSync(folder)).toEqual(["report.html"]);
	});
});
