import { describe, expect, it } from "vitest";
import { buildGoal } from "../../../src/core/notes/build-goal";
import { composeNote } from "../../../src/core/templates/compose-note";
import { NOTE_TEXTS } from "../../../src/core/templates/note-texts";

const goal = buildGoal(
	{ title: "Samenvatten", statement: "Ik vat elk overleg samen.", why: "", whereWhen: "Maandagoverleg", evidence: "", status: "active", deadline: "2026-03-31", baseline: 4, target: 8, trajectory: "Traject 2026" },
	{ id: "goal-20260112-abcd", author: "Sanne", today: "2026-01-12" },
	NOTE_TEXTS.nl,
);

describe("composeNote", () => {
	it("writes the final frontmatter and the built-in body in one text", () => {
		const text = composeNote(goal, null);
		expect(text).toMatch(/^---\nintervisie: goal\nid: goal-20260112-abcd\nauthor: Sanne\nstatus: active\ncreated: 2026-01-12\ndeadline: 2026-03-31\ntrajectory: "\[\[Traject 2026\]\]"\nbaseline: 4\ntarget: 8\nschema: 1\n---\n/);
		expect(text).toContain("## Wat ik ga doen\n\nIk vat elk overleg samen.");
		expect(text).toContain("## Waar en wanneer\n\nMaandagoverleg");
	});

	it("keeps a user template's body, its own properties and Templater syntax; ours win on shared keys", () => {
		const template = "---\nstatus: draft\ntags:\n  - leerdoel\ncreated: <% tp.date.now() %>\n---\n# {{title}}\n\n{{statement}}\n\n<% tp.file.cursor() %> {{unknown}}\n";
		const text = composeNote(goal, template);
		expect(text).toContain("status: active");
		expect(text).not.toContain("status: draft");
		expect(text).toContain("tags:\n  - leerdoel");
		expect(text).toContain("created: 2026-01-12");
		expect(text).toContain("# Samenvatten\n\nIk vat elk overleg samen.\n\n<% tp.file.cursor() %> {{unknown}}");
	});

	it("uses the built-in body when the template has only properties, and {{body}} brings it in", () => {
		expect(composeNote(goal, "---\ntags: [x]\n---\n")).toContain("## Wat ik ga doen");
		expect(composeNote(goal, "Intro\n\n{{body}}")).toContain("Intro\n\n## Wat ik ga doen");
	});
});
