import { describe, expect, it } from "vitest";
import { judgeQuestion } from "../../../src/core/questions/judge-question";
import { heldBackDutch, heldBackEnglish, type LabelledQuestion } from "./held-back-questions";

/** Of the kinds given, the share that is right; and the share of questions that get a kind. */
function score(table: readonly LabelledQuestion[]): { precision: number; coverage: number; given: number; right: number } {
	let given = 0;
	let right = 0;
	for (const row of table) {
		const kind = judgeQuestion(row.text).kind;
		if (kind === null) continue;
		given++;
		if (kind === row.kind) right++;
	}
	return { precision: given === 0 ? 0 : right / given, coverage: given / table.length, given, right };
}

const percent = (share: number) => `${(share * 100).toFixed(1)} %`;

describe("question coach on the held-back table", () => {
	for (const [language, table] of [
		["Dutch", heldBackDutch],
		["English", heldBackEnglish],
	] as const) {
		it(`${language}: at least 90 percent of the kinds given are right and at least 70 percent of the questions get a kind`, () => {
			const { precision, coverage, given, right } = score(table);
			process.stdout.write(
				`Question coach, held-back ${language} (${table.length} questions): ${percent(precision)} of kinds given are right (${right}/${given}), ` +
					`${percent(coverage)} get a kind (${given}/${table.length})\n`,
			);
			expect(table.length).toBeGreaterThanOrEqual(60);
			expect(precision).toBeGreaterThanOrEqual(0.9);
			expect(coverage).toBeGreaterThanOrEqual(0.7);
		});
	}
});
