import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { openActions } from "../../../src/core/notes/actions";
import { editAction } from "../../../src/core/notes/edit-action";

const NOTE = ["---", "type: intervisie-report", "---", "## Acties", "- [ ] Bel Sam 📅 2026-11-01", "- [ ] Plan gesprek", "Tekst erna"].join("\n");

describe("editAction", () => {
	it("ticks off the task where it stands, with today's date as the Tasks plugin writes it", () => {
		const out = editAction(NOTE, { text: "Bel Sam", due: "2026-11-01" }, { done: "2026-12-05" });
		expect(out).toBe(NOTE.replace("- [ ] Bel Sam 📅 2026-11-01", "- [x] Bel Sam 📅 2026-11-01 ✅ 2026-12-05"));
	});

	it("gives a task a new date in place of its old one", () => {
		const out = editAction(NOTE, { text: "Bel Sam", due: "2026-11-01" }, { due: "2026-12-12" });
		expect(out).toBe(NOTE.replace("📅 2026-11-01", "📅 2026-12-12"));
	});

	it("gives a task without a date its first date at the end", () => {
		const out = editAction(NOTE, { text: "Plan gesprek", due: null }, { due: "2026-12-12" });
		expect(out).toBe(NOTE.replace("- [ ] Plan gesprek", "- [ ] Plan gesprek 📅 2026-12-12"));
	});

	it("changes a date written as a Dataview field", () => {
		const note = "- [ ] Bel [due:: 2026-11-01] terug";
		expect(editAction(note, { text: "Bel terug", due: "2026-11-01" }, { due: "2026-12-01" })).toBe("- [ ] Bel [due:: 2026-12-01] terug");
	});

	it("keeps Windows line endings and a task in a callout", () => {
		const note = "Intro\r\n> - [/] Half af 📅 2026-10-10  \r\nEinde\r\n";
		expect(editAction(note, { text: "Half af", due: "2026-10-10" }, { done: "2026-12-05" })).toBe("Intro\r\n> - [x] Half af 📅 2026-10-10 ✅ 2026-12-05\r\nEinde\r\n");
	});

	it("finds nothing when the task was done, changed or removed meanwhile", () => {
		expect(editAction(NOTE, { text: "Bel Sam", due: "2026-11-02" }, { done: "2026-12-05" })).toBeNull();
		const done = NOTE.replace("- [ ] Bel Sam", "- [x] Bel Sam");
		expect(editAction(done, { text: "Bel Sam", due: "2026-11-01" }, { done: "2026-12-05" })).toBeNull();
	});

	it("never edits a line in the properties block", () => {
		const note = "---\nnote: |\n  - [ ] Bel Sam\n---\n- [ ] Bel Sam\n";
		expect(editAction(note, { text: "Bel Sam", due: null }, { done: "2026-12-05" })).toBe("---\nnote: |\n  - [ ] Bel Sam\n---\n- [x] Bel Sam ✅ 2026-12-05\n");
	});

	it("changes only the first of two equal tasks", () => {
		const note = "- [ ] Bel Sam\n- [ ] Bel Sam\n";
		expect(editAction(note, { text: "Bel Sam", due: null }, { done: "2026-12-05" })).toBe("- [x] Bel Sam ✅ 2026-12-05\n- [ ] Bel Sam\n");
	});

	it("changes exactly one line and no other byte, and the action is then no longer open", () => {
		const line = fc.constantFrom("- [ ] a", "- [ ] b 📅 2026-01-02", "text", "", "  * [ ] c", "> - [ ] d", "- [x] e");
		fc.assert(
			fc.property(fc.array(line, { maxLength: 8 }), fc.constantFrom("\n", "\r\n"), (lines, eol) => {
				const note = lines.join(eol);
				const actions = openActions(note);
				for (const action of actions) {
					const out = editAction(note, action, { done: "2026-12-05" });
					expect(out).not.toBeNull();
					const before = note.split(eol);
					const after = (out as string).split(eol);
					expect(after.length).toBe(before.length);
					expect(before.filter((l, i) => l !== after[i]).length).toBe(1);
					expect(openActions(out as string).length).toBe(actions.length - 1);
				}
			}),
		);
	});
});
