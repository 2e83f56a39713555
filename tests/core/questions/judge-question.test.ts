import { describe, expect, it } from "vitest";
import { judgeQuestion } from "../../../src/core/questions/judge-question";
import type { QuestionKind } from "../../../src/core/questions/question-kind";
import { tuningDutch, tuningEnglish } from "./tuning-questions";

function kindOf(text: string): QuestionKind | null {
	return judgeQuestion(text).kind;
}

describe("judgeQuestion: what a note-taker really types", () => {
	it.each([
		["Sanne, wat maakt dat je twijfelt?", "open"],
		["Sanne wat maakt dat je twijfelt", "open"],
		["Mag ik vragen: hoe reageerde hij?", "open"],
		["Ik ben benieuwd: welke keuze past bij jou?", "open"],
		["Tom: how did that land with you?", "open"],
		["Can I ask, what do you need now?", "open"],
		["- wat gebeurde er toen", "open"],
		["3. how did you feel", "open"],
		["Toen je dat zei, wat voelde je?", "open"],
	] as const)("a name, filler or list marker before the question: %s", (text, kind) => {
		expect(kindOf(text)).toBe(kind);
	});

	it.each([
		["wat heeft je toen tegengehouden", "open"],
		["hoe kijkt je team hiernaar", "open"],
		["Heb je al overwgen om te stoppen?", "advice"],
		["Have you considred stepping back?", "advice"],
	] as const)("lower case, no question mark, typos: %s", (text, kind) => {
		expect(kindOf(text)).toBe(kind);
	});

	it.each([
		["Heb jij dat zo bedoeld?", "closed"],
		["Zou je het opnieuw zo doen?", "closed"],
		["Kun je daar een voorbeeld van geven?", "open"],
		["Kun je niet gewoon nee zeggen?", "advice"],
		["Ken jij haar al lang?", "closed"],
	] as const)("Dutch inversions: %s", (text, kind) => {
		expect(kindOf(text)).toBe(kind);
	});

	it.each([
		["Wat als je gewoon even afstand neemt?", "advice"],
		["Hoe zou het zijn als je gewoon om hulp vraagt?", "advice"],
		["What if you asked her for a coffee?", "advice"],
		["How about writing her a note?", "advice"],
		["Why don't you just call him?", "advice"],
		["Have you thought about delegating it?", "advice"],
	] as const)("open-looking starts that are advice: %s", (text, kind) => {
		expect(kindOf(text)).toBe(kind);
	});

	it.each([
		["Waarom raakt dit je zo?", "open"],
		["Waarom doe je dat toch altijd?", "leading"],
		["Why does this matter to you?", "open"],
		["Why on earth did you agree?", "leading"],
	] as const)("why, exploring or judging: %s", (text, kind) => {
		expect(kindOf(text)).toBe(kind);
	});

	it.each([
		["Dus je hebt het nooit gezegd?", "closed"],
		["Je was er zelf niet bij?", "closed"],
		["So you never told him?", "closed"],
	] as const)("closed without a question word: %s", (text, kind) => {
		expect(kindOf(text)).toBe(kind);
	});

	it.each([
		["Vind je zelf ook niet dat je te hard werkt?", "leading"],
		["Is het niet zo dat je eigenlijk wilt stoppen?", "leading"],
		["Don't you think she means well?", "leading"],
		["Surely you saw that coming?", "leading"],
		["He was out of line, wasn't he?", "leading"],
	] as const)("leading: %s", (text, kind) => {
		expect(kindOf(text)).toBe(kind);
	});

	it.each([
		["Hoe ging de one-on-one?", "open"],
		["What deed je toen?", "open"],
		["Heb you dat gezegd?", "closed"],
	] as const)("mixed Dutch and English: %s", (text, kind) => {
		expect(kindOf(text)).toBe(kind);
	});

	it.each(["Interessant.", "Ik herken dat.", "Thanks!", "Wie was er bij?", "", "- ", "(+)"])("gives no kind rather than a wrong one: %j", (text) => {
		expect(judgeQuestion(text)).toEqual({ kind: null, reason: "unclear", cue: "" });
	});

	it("names the words that decided, as typed", () => {
		expect(judgeQuestion("Sanne, Heb je al overwogen om te stoppen?")).toMatchObject({ kind: "advice", reason: "suggestion", cue: "Heb je al overwogen" });
		expect(judgeQuestion("Why don't you just ask?")).toMatchObject({ cue: "Why don't" });
	});

	it("stays fast on a very long line (the rules see a bounded number of words)", () => {
		const long = `${"wat ".repeat(20000)}?`;
		const started = Date.now();
		judgeQuestion(long);
		judgeQuestion("heb je ".repeat(20000));
		expect(Date.now() - started).toBeLessThan(1000);
	});
});

describe("the tuning table", () => {
	it.each([
		["nl", tuningDutch],
		["en", tuningEnglish],
	] as const)("every question of %s gets its kind", (_language, table) => {
		const wrong = table.filter((row) => kindOf(row.text) !== row.kind).map((row) => `${row.text} → ${String(kindOf(row.text))}`);
		expect(wrong).toEqual([]);
	});
});
