import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bodySteps } from "../../../src/core/methods/body-steps";
import { splitStepText } from "../../../src/core/methods/step-text";
import { dangerousText, ONE_MB, repeated } from "../../scan/dangerous-text";

/** The first version, with its two end-anchored regexes. */
function referenceSplitStepText(text: string): { name: string; minutes: string | null } {
	const whole = text.replace(/\s+/g, " ").trim();
	let rest = whole.replace(/\.$/, "");
	const close = rest.slice(-1);
	const open = ({ ")": "(", "]": "[" } as Record<string, string>)[close];
	if (open) rest = rest.slice(0, -1).trimEnd();
	const number = /\d+(?:[.,]\d+)?(?:\s*[-–]\s*\d+(?:[.,]\d+)?)?$/.exec(rest.replace(/\s*(?:minuten|minuut|minutes|minute|mins|min|m|'|′)\.?$/i, ""));
	if (!number) return { name: whole, minutes: null };
	let name = rest.slice(0, number.index);
	if (open) {
		const trimmed = name.trimEnd();
		if (!trimmed.endsWith(open)) return { name: whole, minutes: null };
		name = trimmed.slice(0, -1);
	}
	return { name: name.replace(/[\s,:;–—-]+$/, "").trim(), minutes: number[0] };
}

describe("splitStepText agrees with the first version", () => {
	it("on text built of numbers, ranges, units and separators", () => {
		fc.assert(fc.property(dangerousText(["1", "15", "2.5", ",", " - ", "–", "—", " min", "m", "(", ")", "[", "]", "minuten", "Name "], 14), (text) => {
			expect(splitStepText(text)).toEqual(referenceSplitStepText(text));
		}), { numRuns: 3000 });
	});
});

describe("method steps finish on a 1 MB worst case", () => {
	it.each([
		["a run of digits", repeated("1")],
		["a run of digits with decimals", repeated("1.1")],
		["a run of separators before the minutes", repeated("- ", ONE_MB, "Step ", "x 5")],
	])("%s", (_, text) => {
		expect(typeof splitStepText(text).name).toBe("string");
		expect(bodySteps(`- ${text}`).length).toBe(1);
	});
});
