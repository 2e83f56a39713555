import { describe, expect, it } from "vitest";
import { chooseNoteTaker, noteTakerConflict } from "../../../src/core/planning/role-rules";
import { countIn, emptyTally, nextInTurn } from "../../../src/core/planning/rotation";

const FOUR = ["Anna", "Bram", "Carla", "Dirk"];

describe("nextInTurn", () => {
	it("skips every excluded name", () => {
		expect(nextInTurn(FOUR, emptyTally(FOUR), null, ["Anna", "Bram"])).toBe("Carla");
		expect(nextInTurn(FOUR, emptyTally(FOUR), null, "Anna")).toBe("Bram");
		expect(nextInTurn(["Anna"], emptyTally(["Anna"]), null, ["Anna"])).toBeNull();
	});
});

describe("chooseNoteTaker", () => {
	it("is neither the case-bringer nor the facilitator when the group has three or more members", () => {
		expect(chooseNoteTaker(FOUR, emptyTally(FOUR), null, ["Anna"], "Bram")).toBe("Carla");
		const tally = emptyTally(FOUR);
		countIn(tally, "Carla");
		expect(chooseNoteTaker(FOUR, tally, "Carla", ["Anna"], "Bram")).toBe("Dirk");
	});

	it("is the facilitator in a group of two, so the case-bringer can attend to the case", () => {
		expect(chooseNoteTaker(["Anna", "Bram"], emptyTally(["Anna", "Bram"]), null, ["Anna"], "Bram")).toBe("Bram");
	});

	it("is a member other than the case-bringer with an outside facilitator", () => {
		expect(chooseNoteTaker(["Anna", "Bram"], emptyTally(["Anna", "Bram"]), null, ["Anna"], "Coach Kim")).toBe("Bram");
		expect(chooseNoteTaker(["Anna"], emptyTally(["Anna"]), null, ["Anna"], "Coach Kim")).toBeNull();
	});

	it("ignores letter case when comparing names", () => {
		expect(chooseNoteTaker(FOUR, emptyTally(FOUR), null, ["anna"], "bram")).toBe("Carla");
	});
});

describe("noteTakerConflict", () => {
	it("is a conflict when the note-taker brings a case", () => {
		expect(noteTakerConflict(FOUR, ["Anna"], "Bram", "anna")).toBe(true);
	});
	it("is a conflict when the facilitator takes notes while someone else could", () => {
		expect(noteTakerConflict(FOUR, ["Anna"], "Bram", "Bram")).toBe(true);
		expect(noteTakerConflict(["Anna", "Bram"], ["Anna"], "Bram", "Bram")).toBe(false);
	});
	it("is no conflict without a note-taker, or with one who has no other role", () => {
		expect(noteTakerConflict(FOUR, ["Anna"], "Bram", null)).toBe(false);
		expect(noteTakerConflict(FOUR, ["Anna"], "Bram", "Carla")).toBe(false);
	});
});
