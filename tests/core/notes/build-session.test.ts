import { describe, expect, it } from "vitest";
import { buildSession } from "../../../src/core/notes/build-session";
import type { SessionInput } from "../../../src/core/notes/build-session";
import { composeNote } from "../../../src/core/templates/compose-note";
import { NOTE_TEXTS } from "../../../src/core/templates/note-texts";

const input: SessionInput = {
	date: "2026-04-20",
	number: 3,
	trajectory: "Team leads 2026",
	status: "planned",
	caseBringers: ["Aylin Demir"],
	facilitator: "Joris Bakker",
	noteTaker: "Sanne de Vries",
	method: "six-phase",
	theme: "Listening",
	attendance: [],
};
const context = { id: "session-20260301-abcd", author: "Sanne de Vries", today: "2026-03-01" };

describe("buildSession", () => {
	it("writes the note-taker right after the facilitator", () => {
		const text = composeNote(buildSession(input, context, NOTE_TEXTS.en), null);
		expect(text).toContain("case-bringers:\n  - Aylin Demir\ncases: []\nfacilitator: Joris Bakker\nnote-taker: Sanne de Vries\nmethod: six-phase\ntheme: Listening\n");
	});

	it("offers the note-taker to user templates as {{note-taker}}", () => {
		expect(buildSession(input, context, NOTE_TEXTS.en).placeholders["note-taker"]).toBe("Sanne de Vries");
		expect(buildSession({ ...input, noteTaker: null }, context, NOTE_TEXTS.en).placeholders["note-taker"]).toBe("");
	});

	it("is named by date and number in the notes' language", () => {
		expect(buildSession(input, context, NOTE_TEXTS.nl).baseName).toBe("2026-04-20 Bijeenkomst 3");
	});
});
