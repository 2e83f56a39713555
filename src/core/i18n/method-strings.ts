import type { Language } from "./language";

/** How a value found in a method note is named in a message; never the value's own text conversion. */
interface ValueWords {
	empty: string;
	text: (quoted: string) => string;
	number: (n: string) => string;
	yesNo: (value: string) => string;
	date: string;
	list: string;
	group: string;
	unreadable: string;
}

/** Texts about a group's own method notes. Each problem reads "Method note "<path>": <problem>". */
const en = {
	inNote: (path: string, problem: string) => `Method note "${path}": ${problem}`,
	property: (key: string) => `the "${key}" property`,
	stepField: (field: string, step: number) => `"${field}" of step ${step}`,
	role: "a role",
	preparationItem: (n: number) => `preparation item ${n}`,
	step: (n: number) => `step ${n}`,
	expected: {
		text: "text",
		list: "a list",
		textList: "a list of text",
		wholeNumber: "a whole number",
		preparation: 'text, or an item with "heading" and "prompt"',
	},
	noSteps:
		'it has no steps. Add a list to the note with one step per line, such as "- Question round — 15 min", or a "steps" property.',
	stepsNotAList: (found: string) => `the "steps" property should be a list, but is ${found}. Put each step on its own line, starting with "- ".`,
	tooManySteps: (count: number, max: number) => `it has ${count} steps; a method can have at most ${max}. Combine some of them.`,
	stepWrongType: (n: number, found: string) =>
		`step ${n} should be text such as "Question round 15", or an item with "name" and "minutes", but is ${found}.`,
	stepNoName: (n: number) => `step ${n} has no name. Write the name before the minutes, such as "Question round 15".`,
	stepNoMinutes: (n: number, name: string) => `step ${n} "${name}" has no minutes. Add them after the name, such as "${name} — 15 min".`,
	stepBadMinutes: (n: number, name: string, found: string, min: number, max: number) =>
		`step ${n} "${name}" lasts "${found}" minutes; use a whole number from ${min} to ${max}.`,
	tooLong: (what: string, max: number) => `${what} is longer than ${max} characters. Shorten it.`,
	wrongType: (what: string, expected: string, found: string) => `${what} should be ${expected}, but is ${found}. It is ignored until fixed.`,
	unknownRole: (role: string, known: string) => `the role "${role}" is unknown and is ignored. Known roles: ${known}.`,
	noHeading: (n: number) => `preparation item ${n} has no heading and is ignored. Give it a "heading".`,
	tooManyPrompts: (n: number, name: string, max: number) =>
		`step ${n} "${name}" has more than ${max} reminders; only the first ${max} are shown.`,
	sameFileName: (other: string) =>
		`another method note has the same file name (${other}), so this method was given a different id. Rename one of them.`,
	value: {
		empty: "empty",
		text: (quoted) => `the text ${quoted}`,
		number: (n) => `the number ${n}`,
		yesNo: (value) => `the value ${value}`,
		date: "a date",
		list: "a list",
		group: "a group of properties",
		unreadable: "an unreadable value",
	} satisfies ValueWords,
};

export type MethodStrings = typeof en;

const nl: MethodStrings = {
	inNote: (path, problem) => `Methodenotitie "${path}": ${problem}`,
	property: (key) => `de eigenschap "${key}"`,
	stepField: (field, step) => `"${field}" van stap ${step}`,
	role: "een rol",
	preparationItem: (n) => `voorbereidingspunt ${n}`,
	step: (n) => `stap ${n}`,
	expected: {
		text: "tekst",
		list: "een lijst",
		textList: "een lijst met tekst",
		wholeNumber: "een heel getal",
		preparation: 'tekst, of een item met "heading" en "prompt"',
	},
	noSteps:
		'er staan geen stappen in. Zet een lijst in de notitie met één stap per regel, zoals "- Vragenronde — 15 min", of gebruik de eigenschap "steps".',
	stepsNotAList: (found) => `de eigenschap "steps" moet een lijst zijn, maar is ${found}. Zet elke stap op een eigen regel die begint met "- ".`,
	tooManySteps: (count, max) => `er staan ${count} stappen in; een methode heeft er hooguit ${max}. Voeg er een paar samen.`,
	stepWrongType: (n, found) =>
		`stap ${n} moet tekst zijn zoals "Vragenronde 15", of een item met "name" en "minutes", maar is ${found}.`,
	stepNoName: (n) => `stap ${n} heeft geen naam. Zet de naam voor de minuten, zoals "Vragenronde 15".`,
	stepNoMinutes: (n, name) => `stap ${n} "${name}" heeft geen minuten. Zet ze achter de naam, zoals "${name} — 15 min".`,
	stepBadMinutes: (n, name, found, min, max) =>
		`stap ${n} "${name}" duurt "${found}" minuten; gebruik een heel getal van ${min} tot en met ${max}.`,
	tooLong: (what, max) => `${what} is langer dan ${max} tekens. Maak het korter.`,
	wrongType: (what, expected, found) => `${what} moet ${expected} zijn, maar is ${found}. Dit wordt overgeslagen tot het is verbeterd.`,
	unknownRole: (role, known) => `de rol "${role}" is onbekend en wordt overgeslagen. Bekende rollen: ${known}.`,
	noHeading: (n) => `voorbereidingspunt ${n} heeft geen kop en wordt overgeslagen. Geef het een "heading".`,
	tooManyPrompts: (n, name, max) => `stap ${n} "${name}" heeft meer dan ${max} geheugensteunen; alleen de eerste ${max} worden getoond.`,
	sameFileName: (other) =>
		`een andere methodenotitie heeft dezelfde bestandsnaam (${other}), dus deze methode kreeg een andere id. Geef een van beide een andere naam.`,
	value: {
		empty: "leeg",
		text: (quoted) => `de tekst ${quoted}`,
		number: (n) => `het getal ${n}`,
		yesNo: (value) => `de waarde ${value}`,
		date: "een datum",
		list: "een lijst",
		group: "een groep eigenschappen",
		unreadable: "een onleesbare waarde",
	},
};

export const METHOD_STRINGS: Readonly<Record<Language, MethodStrings>> = { nl, en };

/** What a group's own method shows where its note says nothing. */
export const CUSTOM_METHOD_DEFAULTS: { description: Readonly<Record<Language, string>>; fits: Readonly<Record<Language, string>> } = {
	description: {
		nl: "Een werkvorm die de groep zelf heeft vastgelegd.",
		en: "A way of working the group wrote down itself.",
	},
	fits: {
		nl: "De groep die deze werkvorm heeft beschreven.",
		en: "The group that described this way of working.",
	},
};

const QUOTED_LENGTH = 40;

/** Names a value for a message, e.g. `the number 42`, `a list`; text is quoted and cut short. */
export function describeValue(value: unknown, language: Language): string {
	const words = METHOD_STRINGS[language].value;
	if (value === undefined || value === null) return words.empty;
	if (typeof value === "string") {
		const short = value.length > QUOTED_LENGTH ? `${value.slice(0, QUOTED_LENGTH)}…` : value;
		return value.trim() === "" ? words.empty : words.text(`"${short.replace(/\s+/g, " ")}"`);
	}
	if (typeof value === "number") return words.number(String(value));
	if (typeof value === "boolean") return words.yesNo(String(value));
	if (value instanceof Date) return words.date;
	if (Array.isArray(value)) return words.list;
	if (typeof value === "object") return words.group;
	return words.unreadable;
}
