import { describe, expect, it } from "vitest";
import { builtInMethods } from "../../../src/core/methods/catalogue";
import { methodSummary } from "../../../src/core/methods/method-summary";

describe("method summary", () => {
	it("says what the method is, how long it takes and which groups it suits", () => {
		const balint = builtInMethods().find((m) => m.id === "balint")!;
		const summary = methodSummary(balint, "nl");
		expect(summary).toContain(balint.description.nl);
		expect(summary).toContain(`${balint.steps.reduce((sum, s) => sum + s.minutes, 0)} min.`);
		expect(summary).toContain(balint.fits.nl);
	});

	it("leaves out what a group's own method does not say", () => {
		const own = { ...builtInMethods()[0]!, description: { nl: "", en: "" }, fits: { nl: " ", en: " " } };
		expect(methodSummary(own, "en")).toBe(`${own.steps.reduce((sum, s) => sum + s.minutes, 0)} min.`);
	});
});
