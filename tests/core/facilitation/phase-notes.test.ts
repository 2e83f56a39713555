import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyTextEdit, phaseNotesEdit, readPhaseNotes } from "../../../src/core/facilitation/phase-notes";

const PHASES = ["Introduction", "Questions", "Advice"];
const write = (text: string, phase: string, notes: string) => applyTextEdit(text, phaseNotesEdit(text, "Notes", PHASES, phase, notes));

describe("phase notes in the session note", () => {
	const note = "---\nintervisie: session\n## not a heading: yaml comment\n---\n## Notes\n\n%% Write here %%\n\n## Afterwards\n\nKeep me.\n";

	it("adds a phase's notes under the notes section, leaving the rest", () => {
		const after = write(note, "Questions", "What did you expect?");
		expect(after).toBe("---\nintervisie: session\n## not a heading: yaml comment\n---\n## Notes\n\n%% Write here %%\n\n### Questions\n\nWhat did you expect?\n\n## Afterwards\n\nKeep me.\n");
		expect(readPhaseNotes(after, "Notes", "Questions")).toBe("What did you expect?");
	});

	it("replaces only that phase's notes and keeps the phases in method order", () => {
		let text = write(note, "Advice", "Try it tomorrow.");
		text = write(text, "Introduction", "Anna brings a case.");
		text = write(text, "Advice", "Try it on Monday.\n\n- and ask Bo");
		expect(text.indexOf("### Introduction")).toBeLessThan(text.indexOf("### Advice"));
		expect(readPhaseNotes(text, "Notes", "Introduction")).toBe("Anna brings a case.");
		expect(readPhaseNotes(text, "Notes", "Advice")).toBe("Try it on Monday.\n\n- and ask Bo");
		expect(text).toContain("## Afterwards\n\nKeep me.\n");
	});

	it("creates the notes section at the end when the note has none", () => {
		expect(write("Just text", "Questions", "Q")).toBe("Just text\n\n## Notes\n\n### Questions\n\nQ\n");
		expect(write("", "Questions", "Q")).toBe("## Notes\n\n### Questions\n\nQ\n");
	});

	it("finds the section whatever the case of its heading, and not inside code blocks", () => {
		const text = "```\n## Notes\n```\n## NOTES\n";
		const after = write(text, "Advice", "x");
		expect(after).toBe("```\n## Notes\n```\n## NOTES\n\n### Advice\n\nx\n");
	});

	it("keeps a heading typed in the notes from breaking the note's structure", () => {
		const after = write(note, "Questions", "## My own heading\nmore");
		expect(after).toContain("\\## My own heading");
		expect(readPhaseNotes(after, "Notes", "Questions")).toBe("## My own heading\nmore");
		expect(readPhaseNotes(after, "Notes", "Advice")).toBeNull();
	});

	it("writes Windows line endings into a note that has them", () => {
		const crlf = "## Notes\r\n\r\n## Next\r\n";
		const after = write(crlf, "Advice", "a\nb");
		expect(after).toBe("## Notes\r\n\r\n### Advice\r\n\r\na\r\nb\r\n\r\n## Next\r\n");
		expect(readPhaseNotes(after, "Notes", "Advice")).toBe("a\nb");
	});

	it("makes no edit when the notes are already there", () => {
		const after = write(note, "Questions", "Same");
		const edit = phaseNotesEdit(after, "Notes", PHASES, "Questions", "Same");
		expect(edit.from).toBe(edit.to);
		expect(edit.insert).toBe("");
	});

	it("changes nothing but the one phase: every other line survives", () => {
		const line = fc.oneof(
			fc.stringMatching(/^[^\r\n]{0,20}$/),
			fc.constantFrom("## Notes", "## notes", "### Questions", "### Advice", "### Introduction", "## Other", "```", "---", "", "\\## x", "#### deep"),
		);
		fc.assert(
			fc.property(fc.array(line, { maxLength: 12 }), fc.constantFrom(...PHASES), fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom("## x", "a\n### Advice\nb", "```\n## y", "\n\n  ")), (lines, phase, notes) => {
				const text = lines.join("\n");
				const after = write(text, phase, notes);
				const cleaned = notes.replace(/\r\n?/g, "\n").replace(/^\s*\n|\s+$/g, "");
				expect(readPhaseNotes(after, "Notes", phase) ?? "").toBe(cleaned);
				for (const other of PHASES.filter((p) => p !== phase)) expect(readPhaseNotes(after, "Notes", other)).toBe(readPhaseNotes(text, "Notes", other));
				const edit = phaseNotesEdit(text, "Notes", PHASES, phase, notes);
				expect(after.slice(0, edit.from)).toBe(text.slice(0, edit.from));
				expect(after.slice(edit.from + edit.insert.length)).toBe(text.slice(edit.to));
				expect(write(after, phase, notes)).toBe(after);
			}),
			{ numRuns: 500 },
		);
	});
});

describe("phase notes on a 1 MB worst case", () => {
	const spaces = " ".repeat(1 << 20);
	it.each([
		["a heading followed by a run of spaces", `## Notes\n### P\n## a${spaces}b\n`],
		["notes ending in a run of spaces before a word", `## Notes\n### P\nx${spaces}y\n`],
		["notes that end in a long run of white space", `## Notes\n### P\nx${spaces}\t\n`],
	])("%s", (_, text) => {
		expect(readPhaseNotes(text, "Notes", "P")).not.toBeNull();
		expect(phaseNotesEdit(text, "Notes", ["P"], "P", `x${spaces}y`).from).toBeGreaterThan(0);
	});
});
