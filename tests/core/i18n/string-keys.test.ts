import { describe, expect, expectTypeOf, it } from "vitest";
import { DASHBOARD_STRINGS } from "../../../src/core/i18n/dashboard-strings";
import { FACILITATOR_STRINGS } from "../../../src/core/i18n/facilitator-strings";
import { QUESTION_STRINGS } from "../../../src/core/i18n/question-strings";
import { REPORT_STRINGS } from "../../../src/core/i18n/report-strings";
import { SHARING_STRINGS } from "../../../src/core/i18n/sharing-strings";
import type { AttendanceMark } from "../../../src/core/facilitator/facilitator-model";
import type { OmittedWhat } from "../../../src/core/privacy/omission";
import { QUESTION_KINDS } from "../../../src/core/questions/question-kind";
import type { QuestionKind, ReasonId } from "../../../src/core/questions/question-kind";
import { GOAL_STATUSES } from "../../../src/core/schema/kinds";
import type { GoalStatus } from "../../../src/core/schema/kinds";
import type { ProblemCode, Severity } from "../../../src/core/schema/problem";

/** The strings name their keys themselves; each feature's words still cover exactly the feature's codes. */
describe("string tables cover the codes of their features", () => {
	it("has one word per code, no more and no fewer", () => {
		expectTypeOf<keyof typeof DASHBOARD_STRINGS.en.problems.codes>().toEqualTypeOf<ProblemCode>();
		expectTypeOf<keyof typeof DASHBOARD_STRINGS.en.problems.severity>().toEqualTypeOf<Severity>();
		expectTypeOf<keyof typeof FACILITATOR_STRINGS.en.attendance.marks>().toEqualTypeOf<AttendanceMark>();
		expectTypeOf<keyof typeof FACILITATOR_STRINGS.en.questions.kinds>().toEqualTypeOf<QuestionKind>();
		expectTypeOf<keyof typeof QUESTION_STRINGS.en.kind>().toEqualTypeOf<QuestionKind>();
		expectTypeOf<keyof typeof QUESTION_STRINGS.en.reason>().toEqualTypeOf<ReasonId>();
		expectTypeOf<keyof typeof REPORT_STRINGS.en.goals.statuses>().toEqualTypeOf<GoalStatus>();
		expectTypeOf<keyof typeof SHARING_STRINGS.en.what>().toEqualTypeOf<OmittedWhat>();
	});

	it.each(["nl", "en"] as const)("gives every listed code a word in %s", (language) => {
		expect(Object.keys(REPORT_STRINGS[language].goals.statuses).sort()).toEqual([...GOAL_STATUSES].sort());
		expect(Object.keys(FACILITATOR_STRINGS[language].questions.kinds).sort()).toEqual([...QUESTION_KINDS].sort());
		expect(Object.keys(QUESTION_STRINGS[language].kind).sort()).toEqual([...QUESTION_KINDS].sort());
	});
});
