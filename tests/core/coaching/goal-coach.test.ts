import { describe, expect, it } from "vitest";
import { GOAL_CRITERIA, type CriterionId } from "../../../src/core/coaching/criteria";
import { coachGoal, unmetCriteria, type GoalCoachingInput } from "../../../src/core/coaching/goal-coach";
import type { Language } from "../../../src/core/i18n/language";

const ALL: CriterionId[] = [...GOAL_CRITERIA];
const LANGUAGES: Language[] = ["nl", "en"];

interface Row {
	statement: string;
	deadline?: string | null;
	unmet: CriterionId[];
}

const DUTCH: Row[] = [
	{ statement: "Ik vat in elk werkoverleg op maandag de besluiten samen, vanaf nu tot eind maart.", unmet: [] },
	{ statement: "Ik vat in elk werkoverleg op maandag de besluiten samen, vanaf nu tot eind maart.", deadline: "2026-03-31", unmet: [] },
	{ statement: "Ik wil beter leren luisteren.", unmet: ["observable", "time-bound", "measurable", "where-when"] },
	{ statement: "Mijn team moet minder klagen.", unmet: ALL },
	{ statement: "Ik vraag in elk 1-op-1 met mijn medewerkers minstens twee keer door, tot de zomervakantie.", unmet: [] },
	{ statement: "Ik zeg voortaan nee tegen extra taken.", unmet: ["time-bound", "measurable", "where-when"] },
	{ statement: "Ik leg tijdens het MT-overleg elke maand één voorstel voor, tot het eind van het jaar.", unmet: [] },
	{ statement: "Ik geef mijn collega's binnen twee weken na elk project feedback in het teamoverleg.", unmet: [] },
	{ statement: "Ik probeer me bewust te zijn van mijn gedrag.", unmet: ["observable", "time-bound", "measurable", "where-when"] },
	{ statement: "Ik wil niet meer te laat komen op maandag.", unmet: ["positive", "observable", "time-bound", "measurable"] },
	{ statement: "Mijn collega zal mij vaker om hulp vragen.", unmet: ["time-bound", "measurable", "own-control", "where-when"] },
	{ statement: "Ik stop met het onderbreken van anderen in vergaderingen.", unmet: ["positive", "observable", "time-bound", "measurable"] },
	{ statement: "Ik presenteer in sessie 4 mijn plan aan de groep.", unmet: ["measurable"] },
	{ statement: "Om de week benoem ik tijdens de 1-op-1 met mijn teamleider één ding dat goed ging.", unmet: [] },
	{ statement: "Het team zal vaker samenvatten.", unmet: ["time-bound", "measurable", "own-control", "where-when"] },
	{ statement: "Leren delegeren.", unmet: ["time-bound", "measurable", "where-when"] },
	{ statement: "Ik wil geen taken meer aannemen buiten mijn rol, voor het eind van het kwartaal.", unmet: ["positive", "observable", "measurable", "where-when"] },
	{ statement: "Ik stel in elk werkoverleg meer open vragen, tot eind juni.", unmet: [] },
	{ statement: "Ik wil dat mijn medewerkers in elk overleg vaker samenvatten, voor 1 juni.", unmet: ["own-control"] },
	{ statement: "Vanaf maandag zal mijn team elke week de besluiten samenvatten.", unmet: ["own-control"] },
	{ statement: "Mijn collega's vragen mij elke week om feedback in het overleg.", unmet: ["own-control"] },
	{ statement: "Ik vat elke maandag in het MT samen, zodat het team kan beslissen, tot eind mei.", unmet: [] },
	{ statement: "Betere samenwerking.", unmet: ["observable", "time-bound", "measurable", "where-when"] },
];

const ENGLISH: Row[] = [
	{ statement: "I summarise the decisions at the end of every Monday team meeting, from now until the end of March.", unmet: [] },
	{ statement: "I summarize the decisions in every team meeting.", deadline: "2026-03-31", unmet: [] },
	{ statement: "I want to get better at listening.", unmet: ["observable", "time-bound", "measurable", "where-when"] },
	{ statement: "My team should complain less.", unmet: ALL },
	{ statement: "I will ask at least two follow-up questions in every one-on-one with my reports until the summer break.", unmet: [] },
	{ statement: "I say no to extra tasks.", unmet: ["time-bound", "measurable", "where-when"] },
	{ statement: "I don't interrupt people in meetings.", unmet: ["positive", "observable", "time-bound", "measurable"] },
	{ statement: "My manager will give me feedback every month.", unmet: ["own-control", "where-when"] },
	{ statement: "I try to be more aware of my tone.", unmet: ["observable", "time-bound", "measurable", "where-when"] },
	{ statement: "I propose one improvement during each sprint review, by 30 June 2026.", unmet: [] },
	{ statement: "I never speak up in the MT.", unmet: ["positive", "time-bound", "measurable"] },
	{ statement: "Learn to delegate.", unmet: ["time-bound", "measurable", "where-when"] },
	{ statement: "I avoid conflicts with clients.", unmet: ["positive", "observable", "time-bound", "measurable", "where-when"] },
	{ statement: "The team will present its results in session 3.", unmet: ["measurable", "own-control"] },
	{ statement: "I want to be more present in meetings.", unmet: ["observable", "time-bound", "measurable"] },
	{ statement: "I want my colleagues to ask me for help.", unmet: ["time-bound", "measurable", "own-control", "where-when"] },
	{ statement: "Every Friday afternoon I share three things that went well with my team, for the next two quarters.", unmet: [] },
	{ statement: "I stop checking e-mail during one-on-ones.", unmet: ["positive", "observable", "time-bound", "measurable"] },
	{ statement: "I asked three open questions in each 1:1 this month.", unmet: [] },
	{ statement: "My team summarises every meeting by Friday.", unmet: ["own-control"] },
	{ statement: "I summarise every meeting so that the team can decide, until the end of May.", unmet: [] },
];

const MIXED: Row[] = [
	{ statement: "Ik geef elke week feedback in de standup, until the end of Q2.", unmet: [] },
	{ statement: "Ik wil minder multitasken during meetings.", unmet: ["positive", "observable", "time-bound", "measurable"] },
	{ statement: "In elk teamoverleg I summarise the actions, tot eind juni.", unmet: [] },
	{ statement: "Mijn manager will approve my plan.", unmet: ["observable", "time-bound", "measurable", "own-control", "where-when"] },
	{ statement: "I vraag door in every 1:1 this month.", unmet: [] },
	{ statement: "My team moet vaker feedback geven.", unmet: ["time-bound", "measurable", "own-control", "where-when"] },
];

function unmetIds(input: GoalCoachingInput, language: Language): CriterionId[] {
	return unmetCriteria(input, language).map((result) => result.criterion);
}

/** Expected ids in GOAL_CRITERIA order, so the comparison is exact and order-sensitive. */
function ordered(ids: CriterionId[]): CriterionId[] {
	return GOAL_CRITERIA.filter((id) => ids.includes(id));
}

describe("coachGoal: table of good and poor goals", () => {
	const rows: [string, Row][] = [
		...DUTCH.map((row): [string, Row] => ["nl", row]),
		...ENGLISH.map((row): [string, Row] => ["en", row]),
		...MIXED.map((row): [string, Row] => ["mixed", row]),
	];
	for (const language of LANGUAGES) {
		it.each(rows)(`%s goal, messages in ${language}: %o`, (_kind, row) => {
			const input = { statement: row.statement, deadline: row.deadline };
			expect(unmetIds(input, language)).toEqual(ordered(row.unmet));
		});
	}

	it("has at least 12 rows per language", () => {
		expect(DUTCH.length).toBeGreaterThanOrEqual(12);
		expect(ENGLISH.length).toBeGreaterThanOrEqual(12);
		expect(MIXED.length).toBeGreaterThanOrEqual(3);
	});
});

describe("coachGoal: shape", () => {
	it("always returns six results in GOAL_CRITERIA order", () => {
		for (const statement of ["", "   ", "Ik vat samen.", "x".repeat(5000)]) {
			for (const language of LANGUAGES) {
				const results = coachGoal({ statement }, language);
				expect(results.map((result) => result.criterion)).toEqual(ALL);
			}
		}
	});

	it("finds nothing in an empty statement except own control", () => {
		expect(unmetIds({ statement: "" }, "nl")).toEqual(["observable", "time-bound", "measurable", "where-when"]);
	});

	it("unmetCriteria is coachGoal without the met results", () => {
		const input = { statement: "Mijn team moet minder klagen." };
		const unmet = coachGoal(input, "en").filter((result) => !result.met);
		expect(unmetCriteria(input, "en")).toEqual(unmet);
	});
});

describe("coachGoal: deadline", () => {
	const statement = "Ik wil beter leren luisteren.";

	it("a deadline makes the goal time-bound", () => {
		expect(unmetIds({ statement, deadline: "2026-06-30" }, "nl")).not.toContain("time-bound");
	});

	it.each([null, undefined, "", "   "])("no deadline (%o) leaves it to the text", (deadline) => {
		expect(unmetIds({ statement, deadline }, "nl")).toContain("time-bound");
	});

	it("a date in the text counts", () => {
		expect(unmetIds({ statement: "Ik vat samen, uiterlijk 2026-06-30." }, "nl")).not.toContain("time-bound");
		expect(unmetIds({ statement: "I summarise by 30/06/2026." }, "en")).not.toContain("time-bound");
		expect(unmetIds({ statement: "I summarise by 1 May." }, "en")).not.toContain("time-bound");
	});

	it("a date is not a measure, and 'may' alone is not a month", () => {
		expect(unmetIds({ statement: "Ik vat samen, uiterlijk 2026-06-30." }, "nl")).toContain("measurable");
		expect(unmetIds({ statement: "I may summarise." }, "en")).toContain("time-bound");
	});

	it("'voor' and 'by' count only before a time", () => {
		expect(unmetIds({ statement: "Ik vat samen voor mijn team." }, "nl")).toContain("time-bound");
		expect(unmetIds({ statement: "Ik vat samen voor vrijdag." }, "nl")).not.toContain("time-bound");
		expect(unmetIds({ statement: "I ask by asking twice." }, "en")).toContain("time-bound");
		expect(unmetIds({ statement: "I ask by Friday." }, "en")).not.toContain("time-bound");
	});
});

describe("coachGoal: Dutch verbs, conjugated and separable", () => {
	it.each([
		"ik vat het overleg samen",
		"ik vat de besluiten van het overleg kort samen",
		"ik wil de besluiten samenvatten",
		"ik probeer samen te vatten",
		"ik heb het samengevat",
		"ik vraag door",
		"ik vroeg door",
		"ik wil doorvragen",
		"ik leg het voor",
		"ik legde het plan voor",
		"ik geef feedback",
		"ik gaf feedback",
		"ik zeg nee",
		"ik stel vragen",
		"ik benoem wat ik zie",
		"ik delegeer",
		"ik presenteerde",
		"ik nodig haar uit",
	])("%s is observable", (statement) => {
		expect(unmetIds({ statement }, "nl")).not.toContain("observable");
	});

	it.each([
		"ik vat het",
		"ik leg het neer",
		"ik geef aandacht",
		"ik zet een vraagteken bij mijn plan",
		"ik wil beter worden",
		"ik wil het begrijpen",
	])("%s is not observable", (statement) => {
		expect(unmetIds({ statement }, "nl")).toContain("observable");
	});
});

describe("coachGoal: English verb forms", () => {
	it.each([
		"I summarise",
		"I summarize",
		"summarising the meeting",
		"I summarized it",
		"I will ask",
		"ask open questions",
		"she asks, I asked",
		"I keep asking",
		"I delegated",
		"I give feedback",
		"I gave feedback",
		"I say no",
		"I sum up the decisions",
		"I will present",
	])("%s is observable", (statement) => {
		expect(unmetIds({ statement }, "en")).not.toContain("observable");
	});

	it.each(["I finish every task", "I learn", "I want to understand my team", "I want to be present"])(
		"%s is not observable",
		(statement) => {
			expect(unmetIds({ statement }, "en")).toContain("observable");
		},
	);
});

describe("coachGoal: whole words", () => {
	it.each([
		"I note it in my notebook, nothing else.",
		"Ik leg een notitie en een nietje klaar.",
		"Ik pak meer taken op.",
		"I take on more tasks.",
		"Ik zeg vaker nee.",
		"I say no more often.",
		"I deliver no later than Friday.",
	])("%s is positive", (statement) => {
		expect(unmetIds({ statement }, "en")).not.toContain("positive");
	});

	it.each(["Ik wil minder praten.", "Ik zeg niet alles.", "I won't interrupt.", "No more delays.", "Ik vermijd conflicten."])(
		"%s is not positive",
		(statement) => {
			expect(unmetIds({ statement }, "nl")).toContain("positive");
		},
	);

	it("context words match whole words or Dutch compounds only", () => {
		expect(unmetIds({ statement: "Ik vat samen in het afdelingsoverleg." }, "nl")).not.toContain("where-when");
		expect(unmetIds({ statement: "I summarise whenever asked." }, "en")).not.toContain("where-when");
		expect(unmetIds({ statement: "Ik vat het mtb-verhaal samen." }, "nl")).toContain("where-when");
	});

	it("a subject is someone else only when it acts", () => {
		expect(unmetIds({ statement: "Ik vraag mijn manager om feedback." }, "nl")).not.toContain("own-control");
		expect(unmetIds({ statement: "I ask my manager for feedback." }, "en")).not.toContain("own-control");
		expect(unmetIds({ statement: "I make sure that my team summarises." }, "en")).toContain("own-control");
	});
});

describe("coachGoal: messages", () => {
	const poor = { statement: "Mijn team moet minder klagen." };
	const good = { statement: "Ik vat in elk werkoverleg op maandag de besluiten samen, tot eind maart." };

	it("differ between Dutch and English for every criterion", () => {
		for (const input of [poor, good]) {
			const dutch = coachGoal(input, "nl");
			const english = coachGoal(input, "en");
			dutch.forEach((result, index) => {
				expect(result.message).not.toEqual(english[index]?.message);
			});
		}
	});

	it("are short sentences in sentence case", () => {
		for (const input of [poor, good]) {
			for (const language of LANGUAGES) {
				for (const { message } of coachGoal(input, language)) {
					expect(message.length).toBeGreaterThan(5);
					expect(message.length).toBeLessThan(160);
					expect(message[0]).toEqual(message[0]?.toUpperCase());
					expect(message).toMatch(/[.?!]$/);
				}
			}
		}
	});

	it("a met criterion gets a different message than an unmet one", () => {
		const poorResults = coachGoal(poor, "nl");
		const goodResults = coachGoal(good, "nl");
		GOAL_CRITERIA.forEach((_id, index) => {
			expect(poorResults[index]?.met).toBe(false);
			expect(goodResults[index]?.met).toBe(true);
			expect(poorResults[index]?.message).not.toEqual(goodResults[index]?.message);
		});
	});

	it("name the word that caused a hint", () => {
		const [positive] = coachGoal({ statement: "Ik wil minder klagen." }, "nl");
		expect(positive?.message).toContain("minder");
		const ownControl = coachGoal({ statement: "My manager will decide." }, "en").find((result) => result.criterion === "own-control");
		expect(ownControl?.message).toContain("my manager");
	});

	it("follow the requested language, not the goal's", () => {
		const english = coachGoal({ statement: "Ik wil minder klagen." }, "en")[0];
		expect(english?.message).toMatch(/instead|will/i);
	});

});

/** Speed is measured by `npm run bench` (goal_coach_1mb / goal_coach_256kb); here, that such text is read at all, and sanely. */
describe("coachGoal: long and repetitive text", () => {
	it.each([
		"ik krijg van mij ",
		"werk dat niet past, ",
		"ik stuur rond, ",
		"bij elke klacht ",
		"ik word gevraagd ",
		"binnen twee werkdagen ",
	])("%s × 5000", (piece) => {
		const hints = coachGoal({ statement: piece.repeat(5000) }, "nl");
		expect(hints.length).toBeLessThanOrEqual(6);
	});
});
