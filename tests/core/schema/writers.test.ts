import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { FrontmatterChange } from "../../../src/core/schema/frontmatter-change";
import { setProperties } from "../../../src/core/schema/frontmatter-change";
import { setGoalStatus } from "../../../src/core/schema/goal-properties";
import { addGoalLink } from "../../../src/core/schema/linked-goals";
import { setId, withAuthor, writtenByNewerVersion } from "../../../src/core/schema/note-properties";
import { appendRunEvents, runEventsOf, setTally } from "../../../src/core/schema/session-properties";
import { addMissingProperties } from "../../../src/core/schema/turn-into-properties";

const AT = Date.parse("2026-03-10T18:30:00Z");

/** Each writer with the properties it may set. */
const WRITERS: [string, FrontmatterChange<unknown>, readonly string[]][] = [
	["set goal status", setGoalStatus("achieved"), ["status"]],
	["add a goal link", addGoalLink("[[Listen]]", () => false), ["goals"]],
	["set an id", setId("goal-20260310-abcd"), ["id"]],
	["append run events", appendRunEvents([{ at: AT, type: "end" }], { "questions-open": 3 }), ["run-log", "status", "questions-open"]],
	["set the tally", setTally({ "questions-open": 1, "questions-helped": 0 }), ["questions-open", "questions-helped"]],
	["set planned changes", setProperties([{ key: "date", to: "2026-04-01" }]), ["date"]],
];

describe("the schema's writers", () => {
	it.each(WRITERS)("%s keeps every other property as it was", (_, change, sets) => {
		fc.assert(
			fc.property(fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), fc.jsonValue()), (properties) => {
				const frontmatter = structuredClone(properties) as Record<string, unknown>;
				change(frontmatter);
				for (const [key, value] of Object.entries(properties)) if (!sets.includes(key)) expect(frontmatter[key]).toEqual(value);
				expect(Object.keys(frontmatter).filter((key) => !(key in properties) && !sets.includes(key))).toEqual([]);
			}),
		);
	});

	it("adds a goal link at the end of goals, a single value counting as a list of one, and only once", () => {
		const frontmatter: Record<string, unknown> = { goals: "[[Plan]]", ratings: [6] };
		expect(addGoalLink("[[Goals/Listen|Listen]]", (target) => target === "Goals/Listen")(frontmatter)).toBe("added");
		expect(frontmatter).toEqual({ goals: ["[[Plan]]", "[[Goals/Listen|Listen]]"], ratings: [6] });
		expect(addGoalLink("[[Listen]]", (target) => target === "Goals/Listen")(frontmatter)).toBe("already");
		expect(frontmatter.goals).toEqual(["[[Plan]]", "[[Goals/Listen|Listen]]"]);
	});

	it("turns a note into ours by adding only what it does not have, and leaves a note of ours alone", () => {
		const note: Record<string, unknown> = { status: "ready", date: "", tags: ["x"] };
		expect(addMissingProperties({ intervisie: "case", status: "draft", date: "2026-03-10" })(note)).toBe("added");
		expect(note).toEqual({ status: "ready", date: "2026-03-10", tags: ["x"], intervisie: "case" });
		const ours = { intervisie: "goal" };
		expect(addMissingProperties({ intervisie: "case", status: "draft" })(ours)).toBe("already-ours");
		expect(ours).toEqual({ intervisie: "goal" });
	});

	it("appends run events after the ones another device wrote, and marks the session held at the end only", () => {
		const frontmatter: Record<string, unknown> = { "run-log": "2026-03-10T18:00:00Z phase analysis", status: "planned" };
		appendRunEvents([{ at: AT, type: "pause" }])(frontmatter);
		expect(frontmatter).toEqual({ "run-log": ["2026-03-10T18:00:00Z phase analysis", "2026-03-10T18:30:00Z pause"], status: "planned" });
		appendRunEvents([{ at: AT + 60_000, type: "end" }])(frontmatter);
		expect(frontmatter.status).toBe("held");
		expect(runEventsOf(frontmatter).map((event) => event.type)).toEqual(["phase", "pause", "end"]);
	});

	it("gives a note of ours without an author the folder's member, and nothing else", () => {
		expect(withAuthor({ intervisie: "goal" }, "Anna")).toEqual({ intervisie: "goal", author: "Anna" });
		expect(withAuthor({ intervisie: "goal", author: " Bram " }, "Anna")).toEqual({ intervisie: "goal", author: " Bram " });
		expect(withAuthor({ title: "not ours" }, "Anna")).toEqual({ title: "not ours" });
	});

	it("refuses to write a note of a newer schema, also when the version is typed as text", () => {
		expect(writtenByNewerVersion({ schema: 2 })).toBe(true);
		expect(writtenByNewerVersion({ schema: "2" })).toBe(true);
		expect(writtenByNewerVersion({ schema: 1 })).toBe(false);
		expect(writtenByNewerVersion({})).toBe(false);
		expect(writtenByNewerVersion(null)).toBe(false);
	});
});
