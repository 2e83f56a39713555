import { describe, expect, it } from "vitest";
import { FieldReader } from "../../../src/core/schema/field-reader";

function numberProblem(value: unknown): string {
	const reader = new FieldReader("Goal.md", { baseline: value });
	expect(reader.number("baseline")).toBeNull();
	return reader.problems[0]?.message ?? "";
}

describe("FieldReader's wrong-type messages say what the value is", () => {
	it("a number too large to use (1e400 reads as Infinity)", () => {
		expect(numberProblem(Number.POSITIVE_INFINITY)).toBe('Property "baseline" should be a number, but is a number too large to use. Fix it in the note\'s properties.');
		expect(numberProblem(Number.NEGATIVE_INFINITY)).toContain("but is a number too large to use.");
		expect(numberProblem(`${"9".repeat(400)}`)).toContain("but is a number too large to use.");
	});

	it("not a number (.nan)", () => {
		expect(numberProblem(Number.NaN)).toContain("but is not a number (.nan).");
	});

	it("long text, shortened", () => {
		const message = numberProblem(`x${"y".repeat(10_000)}`);
		expect(message.length).toBeLessThan(200);
		expect(message).toContain('but is text "xyyy');
		expect(message).toContain("…");
	});

	it("a date written as digits is text, not a number too large", () => {
		const reader = new FieldReader("Goal.md", { deadline: "20240721" });
		expect(reader.day("deadline")).toBeNull();
		expect(reader.problems[0]?.message).toContain('but is text "20240721".');
	});

	it("ordinary values as before", () => {
		expect(numberProblem("seven")).toContain('but is text "seven".');
		expect(numberProblem(true)).toContain("but is boolean true.");
	});
});

describe("readNote's unknown-kind message", () => {
	it("names a long value shortened", async () => {
		const { readNote } = await import("../../../src/core/schema/read-note");
		const value = Array.from({ length: 1000 }, () => ["x", "y"]);
		const { problems } = readNote({ path: "A.md", frontmatter: { intervisie: value }, frontmatterLinks: [], links: [], mtime: 0 }, { me: "" });
		expect(problems[0]?.code).toBe("unknown-kind");
		expect(problems[0]?.message.length).toBeLessThan(200);
		expect(problems[0]?.message).toContain('"intervisie: [["x","y"],');
	});
});
