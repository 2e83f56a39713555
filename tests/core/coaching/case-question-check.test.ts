import { describe, expect, it } from "vitest";
import { QUESTION_CHECKS, type QuestionCheckId } from "../../../src/core/coaching/criteria";
import { checkCaseQuestion } from "../../../src/core/coaching/case-question-check";
import type { Language } from "../../../src/core/i18n/language";

const LANGUAGES: Language[] = ["nl", "en"];

const ROWS: [string, QuestionCheckId[]][] = [
	// Dutch
	["Hoe kan ik in het werkoverleg beter doorvragen?", []],
	["Wat kan ik doen als mijn team niet luistert?", []],
	["Op welke manier kan ik nee zeggen zonder schuldgevoel?", []],
	["Mijn vraag: hoe zorg ik dat ik gehoord word?", []],
	["Waarom raak ik geïrriteerd als mijn collega te laat komt?", []],
	["Waarom negeert mijn team mijn berichten?", []],
	["Moet ik mijn collega aanspreken op zijn gedrag?", ["open"]],
	["Hoe had ik dat gesprek anders kunnen voeren?", ["current"]],
	["Wat had ik achteraf moeten zeggen?", ["current"]],
	["Wat had ik anders kunnen doen, en hoe pak ik het de volgende keer aan?", []],
	["Hoe gaan we om met te laat komen", ["first-person", "is-question"]],
	["Is het verstandig om te stoppen?", ["first-person", "open"]],
	["Hoe reageert de mijnheer op kritiek?", ["first-person"]],
	["Hoewel ik twijfel: moet ik het zeggen?", ["open"]],
	["Kan ik dit bespreken met mijn leidinggevende", ["is-question", "open"]],
	// English
	["How can I say no to my manager without damaging our relationship?", []],
	["What can I do when my team misses deadlines?", []],
	["In what way can I give feedback to a senior colleague?", []],
	["Should I tell my colleague?", ["open"]],
	["Can I ask my team for more time?", ["open"]],
	["How could I have handled that meeting better?", ["current"]],
	["What should I have said?", ["current"]],
	["What did I do wrong?", ["current"]],
	["Why does my team ignore my e-mails?", []],
	["The team keeps missing deadlines.", ["first-person", "is-question", "open"]],
	["How can it work?", ["first-person"]],
	["Whatever I do, does anything help?", ["open"]],
	// Mixed
	["Wat kan ik doen in the MT?", []],
	["How kan ik beter samenvatten?", []],
	["Should ik het voorleggen?", ["open"]],
];

function unmet(question: string, language: Language): QuestionCheckId[] {
	return checkCaseQuestion(question, language)
		.filter((result) => !result.met)
		.map((result) => result.check);
}

function ordered(ids: QuestionCheckId[]): QuestionCheckId[] {
	return QUESTION_CHECKS.filter((id) => ids.includes(id));
}

describe("checkCaseQuestion", () => {
	for (const language of LANGUAGES) {
		it.each(ROWS)(`%o in ${language} leaves %o unmet`, (question, expected) => {
			expect(unmet(question, language)).toEqual(ordered(expected));
		});
	}

	it("always returns four results in QUESTION_CHECKS order", () => {
		for (const question of ["", "?", "Hoe kan ik?", "x ".repeat(2000)]) {
			expect(checkCaseQuestion(question, "nl").map((result) => result.check)).toEqual([...QUESTION_CHECKS]);
		}
	});

	it("an empty question meets only 'current'", () => {
		expect(unmet("", "en")).toEqual(["first-person", "is-question", "open"]);
	});

	it("ignores trailing whitespace and a closing quote after the question mark", () => {
		expect(unmet("Hoe kan ik dit aanpakken?  \n", "nl")).toEqual([]);
		expect(unmet("“How can I start?”", "en")).toEqual([]);
	});

	it("gives messages in the requested language", () => {
		const question = "Had hij het geweten.";
		const dutch = checkCaseQuestion(question, "nl");
		const english = checkCaseQuestion(question, "en");
		dutch.forEach((result, index) => {
			expect(result.message).not.toEqual(english[index]?.message);
			expect(result.message[0]).toEqual(result.message[0]?.toUpperCase());
		});
		expect(dutch.every((result) => !result.met)).toBe(true);
		const met = checkCaseQuestion("Hoe kan ik beginnen?", "nl");
		expect(met.every((result) => result.met)).toBe(true);
		met.forEach((result, index) => expect(result.message).not.toEqual(dutch[index]?.message));
	});
});
