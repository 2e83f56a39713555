import { describe, expect, it } from "vitest";
import { describeJudgement } from "../../../src/core/questions/describe-judgement";
import { HELPED_MARK } from "../../../src/core/questions/helped-mark";
import { judgeQuestion } from "../../../src/core/questions/judge-question";
import { QUESTION_KINDS, type ReasonId } from "../../../src/core/questions/question-kind";
import { judgeQuestionRound } from "../../../src/core/questions/question-round";
import { questionCount } from "../../../src/core/questions/question-tally";
import { QUESTION_STRINGS } from "../../../src/core/i18n/question-strings";

describe("judgeQuestionRound", () => {
	it("judges one question a line, skips empty lines, and counts kinds and helped marks", () => {
		const round = judgeQuestionRound(
			["- Wat maakt dat je twijfelt? (+)", "", "Heb je het gezegd?", "Wat als je gewoon stopt?", "  ", "Interessant", "How did it feel? (+)"].join("\n"),
		);
		expect(round.questions.map((q) => [q.text, q.kind, q.helped])).toEqual([
			["Wat maakt dat je twijfelt?", "open", true],
			["Heb je het gezegd?", "closed", false],
			["Wat als je gewoon stopt?", "advice", false],
			["Interessant", null, false],
			["How did it feel?", "open", true],
		]);
		expect(round.tally).toEqual({ open: 2, closed: 1, advice: 1, leading: 0, none: 1, helped: 2 });
		expect(questionCount(round.tally)).toBe(5);
	});

	it("reads Windows line ends", () => {
		expect(judgeQuestionRound("Wat zie je?\r\nHeb je dat gezien?\r\n").tally).toMatchObject({ open: 1, closed: 1 });
	});

	it("the helped mark is not markdown: it survives a list marker and stands anywhere on the line", () => {
		expect(HELPED_MARK).toBe("(+)");
		expect(judgeQuestionRound("* (+) Hoe voelde dat?").questions[0]).toMatchObject({ text: "Hoe voelde dat?", kind: "open", helped: true });
	});
});

describe("describeJudgement", () => {
	it("gives the kind in words and a reason in both languages", () => {
		const advice = judgeQuestion("Heb je al overwogen om te stoppen?");
		expect(describeJudgement(advice, "nl")).toEqual({ kind: "verkapt advies", reason: 'Een oplossing in de vorm van een vraag ("Heb je al overwogen").' });
		expect(describeJudgement(advice, "en")).toEqual({ kind: "advice", reason: 'A solution wrapped in a question ("Heb je al overwogen").' });
		expect(describeJudgement(judgeQuestion("Hm"), "en")).toEqual({ kind: "no kind", reason: "No rule fits; judge this one together." });
	});

	it("has a word for every kind and a sentence for every reason in both languages", () => {
		const reasons: ReasonId[] = ["invitation", "open-word", "exploring-why", "one-fact", "yes-no", "check", "suggestion", "opinion", "judging-why", "agreement", "unclear"];
		for (const language of ["nl", "en"] as const) {
			for (const kind of QUESTION_KINDS) expect(QUESTION_STRINGS[language].kind[kind]).not.toBe("");
			for (const reason of reasons) expect(QUESTION_STRINGS[language].reason[reason]("x")).toMatch(/^[A-Z"].*\.$/);
		}
	});
});
