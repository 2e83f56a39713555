import { describe, expect, it } from "vitest";
import { goalStatementFromBody } from "../../../src/core/coaching/goal-statement";

function body(...lines: string[]): string {
	return lines.join("\n");
}

describe("goalStatementFromBody: behaviour section", () => {
	it("reads the Dutch section until the next heading of the same level", () => {
		const text = body(
			"# Luisteren",
			"",
			"Intro die niet telt.",
			"",
			"## Wat ik ga doen",
			"Ik vat in elk werkoverleg de besluiten samen.",
			"",
			"## Waarom",
			"Omdat het helpt.",
		);
		expect(goalStatementFromBody(text)).toBe("Ik vat in elk werkoverleg de besluiten samen.");
	});

	it("reads the English section, any level, any case, with a trailing colon", () => {
		const text = body("Intro that does not count.", "", "### what I WILL do:", "I summarise every meeting.", "# Next");
		expect(goalStatementFromBody(text)).toBe("I summarise every meeting.");
	});

	it("stops at a higher-level heading and keeps deeper ones' text", () => {
		const text = body("## Wat ik ga doen", "Ik vraag door.", "### Voorbeeld", "Ik vraag wat er gebeurde.", "# Bijlagen", "Niet dit.");
		expect(goalStatementFromBody(text)).toBe("Ik vraag door.\nIk vraag wat er gebeurde.");
	});

	it("joins the lines of a wrapped paragraph with spaces and list items with new lines", () => {
		const text = body("## Wat ik ga doen", "Ik vat het overleg", "samen, elke maandag.", "", "- Ik vraag door", "- Ik benoem");
		expect(goalStatementFromBody(text)).toBe("Ik vat het overleg samen, elke maandag.\nIk vraag door\nIk benoem");
	});

	it("skips HTML and Obsidian comments, also across lines", () => {
		const text = body(
			"## Wat ik ga doen",
			"<!-- Schrijf hier wat je zichtbaar doet. -->",
			"%%",
			"Tip: denk aan een overleg.",
			"%%",
			"Ik vat %%kort%% samen <!-- ook hier -->in elk overleg.",
		);
		expect(goalStatementFromBody(text)).toBe("Ik vat samen in elk overleg.");
	});

	it("skips empty placeholder lines and hint callouts", () => {
		const text = body("## What I will do", "- ", "- [ ] ", "…", "", "> [!tip] Say what others can see", "> more tip", "", "I summarise.");
		expect(goalStatementFromBody(text)).toBe("I summarise.");
	});

	it("returns an empty string when the section is only placeholders, even if other text exists", () => {
		const text = body("Some intro.", "## Wat ik ga doen", "<!-- invullen -->", "- ", "## Waarom", "Daarom.");
		expect(goalStatementFromBody(text)).toBe("");
	});

	it("handles CRLF line endings", () => {
		const text = "## Wat ik ga doen\r\nIk vraag door.\r\n\r\n## Waarom\r\nDaarom.\r\n";
		expect(goalStatementFromBody(text)).toBe("Ik vraag door.");
	});

	it("ignores a heading inside a code block", () => {
		const text = body("```", "## Wat ik ga doen", "code", "```", "Ik vraag door.");
		expect(goalStatementFromBody(text)).toBe("Ik vraag door.");
	});

	it("does not take a heading that merely starts with the words", () => {
		const text = body("## Wat ik ga doen en waarom", "Niet deze sectie.", "", "Ook niet.");
		expect(goalStatementFromBody(text)).toBe("Niet deze sectie.");
	});
});

describe("goalStatementFromBody: hand-written goal", () => {
	it("takes the first paragraph after headings", () => {
		const text = body("# Mijn leerdoel", "", "Ik vat elk overleg samen", "op maandag.", "", "Tweede alinea.");
		expect(goalStatementFromBody(text)).toBe("Ik vat elk overleg samen op maandag.");
	});

	it("skips callouts, task lists, code blocks, comments and rules", () => {
		const text = body(
			"> [!info] Hint",
			"> Nog meer hint",
			"",
			"- [ ] Intake plannen",
			"- [x] Groep kiezen",
			"",
			"```dataview",
			"TABLE status",
			"```",
			"<!-- comment -->",
			"---",
			"I ask one open question in every meeting.",
		);
		expect(goalStatementFromBody(text)).toBe("I ask one open question in every meeting.");
	});

	it("skips a frontmatter block when one is still there", () => {
		const text = body("---", "intervisie: goal", "status: active", "---", "", "Ik benoem wat ik zie.");
		expect(goalStatementFromBody(text)).toBe("Ik benoem wat ik zie.");
	});

	it("takes a plain quote or list as the paragraph, without markers", () => {
		expect(goalStatementFromBody(body("> Ik vraag door.", "> Elke week."))).toBe("Ik vraag door. Elke week.");
		expect(goalStatementFromBody(body("- Ik vraag door", "- Ik vat samen"))).toBe("Ik vraag door\nIk vat samen");
	});

	it("treats a setext heading as a heading", () => {
		expect(goalStatementFromBody(body("Mijn leerdoel", "===", "", "Ik vraag door."))).toBe("Ik vraag door.");
		expect(goalStatementFromBody(body("Wat ik ga doen", "---", "Ik vat samen.", "", "Anders", "---"))).toBe("Ik vat samen.");
	});

	it("collapses whitespace and tabs", () => {
		expect(goalStatementFromBody("  Ik  vraag\t door.  ")).toBe("Ik vraag door.");
	});

	it.each(["", "   \n\n", "# Alleen een kop", "<!-- alleen commentaar -->", "%% open comment without end", "- [ ] Taak", "> [!note]\n> hint"])(
		"returns an empty string for %o",
		(text) => {
			expect(goalStatementFromBody(text)).toBe("");
		},
	);

	it("keeps Unicode letters", () => {
		expect(goalStatementFromBody("Ik geef één compliment per café-overleg.")).toBe("Ik geef één compliment per café-overleg.");
	});
});

describe("goalStatementFromBody with the template's context sections", () => {
	it("adds the answers under where-and-when and how-I-will-know to the behaviour", () => {
		const body = "## Wat ik ga doen\n\nIk vat de besluiten samen.\n\n## Waarom dit voor mij belangrijk is\n\nRust.\n\n## Waar en wanneer\n\nIn het maandagoverleg\n\n## Hoe ik merk dat het lukt\n\nElke week\n";
		expect(goalStatementFromBody(body)).toBe("Ik vat de besluiten samen.\nIn het maandagoverleg\nElke week");
	});

	it("does not read context sections when the behaviour section is empty", () => {
		expect(goalStatementFromBody("## What I will do\n\n## Where and when\n\nDuring meetings\n")).toBe("");
	});
});

describe("goalStatementFromBody on a 1 MB worst case", () => {
	const mb = 1 << 20;
	it.each([
		["lines of x %% c %% y", "## Wat ik ga doen\n" + "x %% c %% y\n".repeat(mb / 12)],
		["a run of %%", "%%".repeat(mb / 2)],
		["a heading followed by a run of spaces", `## Wat ik ga doen${" ".repeat(mb)}x\nIk vraag door.`],
		["a statement of dots", "## Wat ik ga doen\n" + ".".repeat(mb) + "x"],
	])("%s", (_, body) => {
		expect(typeof goalStatementFromBody(body)).toBe("string");
	});
});
