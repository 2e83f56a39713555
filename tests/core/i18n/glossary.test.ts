import { readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { basesLabels } from "../../../src/core/bases/bases-labels";
import { GOAL_MESSAGES } from "../../../src/core/coaching/goal-messages";
import { GLOSSARY } from "../../../src/core/i18n/glossary";
import type { Glossary } from "../../../src/core/i18n/glossary";
import { NOTE_TEXTS } from "../../../src/core/templates/note-texts";
import { threePartyTexts } from "../../../src/core/templates/three-party-texts";

type Tables = Record<string, { nl: unknown; en: unknown }>;

const I18N = join(__dirname, "../../../src/core/i18n");

/** The text a string table shows: its strings, and the literal text inside its functions. */
function texts(value: unknown, path: string, out: Map<string, string[]>): Map<string, string[]> {
	if (typeof value === "string") out.set(path, [...(out.get(path) ?? []), value]);
	else if (typeof value === "function") out.set(path, [...(out.get(path) ?? []), ...literals(value.toString())]);
	else if (Array.isArray(value)) value.forEach((item, i) => texts(item, `${path}[${i}]`, out));
	else if (value !== null && typeof value === "object") for (const [key, item] of Object.entries(value)) texts(item, `${path}.${key}`, out);
	return out;
}

/** The text inside the quotes of a function's source; what a template fills in between `${}` is left out. */
function literals(source: string): string[] {
	return [...source.matchAll(/"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`/g)].map((m) => (m[1] ?? m[2] ?? m[3] ?? "").replace(/\$\{[^}]*\}/g, " "));
}

const wordPattern = (word: string): RegExp => new RegExp(`(^|[^\\p{L}-])${word.replace(/ /g, "\\s+")}($|[^\\p{L}-])`, "iu");

/** Every use of a banned word or label, as `path: "text"`. */
function bannedUses(tables: Tables, language: "nl" | "en", glossary: Glossary): string[] {
	const found: string[] = [];
	for (const [name, table] of Object.entries(tables)) {
		for (const [path, values] of texts(table[language], name, new Map())) {
			for (const text of values) {
				for (const { word, instead } of glossary.banned) if (wordPattern(word).test(text)) found.push(`${path}: "${text}" says "${word}"; use "${instead}"`);
				if (glossary.bannedLabels.includes(text.trim())) found.push(`${path}: the label "${text}"; use "${glossary.cancel}"`);
			}
		}
	}
	return found;
}

/** Texts where the Dutch names the chair (gespreksleider) and the English calls them facilitator, or the reverse. */
function roleMixUps(tables: Tables): string[] {
	const found: string[] = [];
	for (const [name, table] of Object.entries(tables)) {
		const nl = texts(table.nl, name, new Map());
		for (const [path, en] of texts(table.en, name, new Map())) {
			const dutch = (nl.get(path) ?? []).join(" ");
			const english = en.join(" ");
			if (/gespreksleider/i.test(dutch) && /facilitator/i.test(english)) found.push(`${path}: "${english}" names the chair a facilitator`);
			if (/(^|[^s])begeleider/i.test(dutch) && !/gespreksleider/i.test(dutch) && /\bchair/i.test(english)) found.push(`${path}: "${english}" names the facilitator a chair`);
		}
	}
	return found;
}

describe("one glossary per language", () => {
	const tables: Tables = { BASES_LABELS: basesLabels(), GOAL_MESSAGES, NOTE_TEXTS, THREE_PARTY_TEXTS: threePartyTexts() };

	beforeAll(async () => {
		for (const file of readdirSync(I18N).filter((name) => name.endsWith(".ts") && name !== "glossary.ts")) {
			// eslint-disable-next-line no-unsanitized/method -- the paths are the repository's own string files, listed above
			const module = (await import(join(I18N, file))) as Record<string, unknown>;
			for (const [name, exported] of Object.entries(module)) {
				// A table stored deflated in main.js is read through a function without parameters.
				const value: unknown = typeof exported === "function" && exported.length === 0 ? (exported as () => unknown)() : exported;
				if (value !== null && typeof value === "object" && "nl" in value && "en" in value) tables[name] = value;
			}
		}
	});

	it("reads every string table", () => {
		for (const name of ["UI_STRINGS", "settingsStrings", "DASHBOARD_STRINGS", "FACILITATOR_STRINGS", "PLANNING_STRINGS", "REPORT_STRINGS", "RUN_STRINGS", "SHARING_STRINGS"]) expect(Object.keys(tables)).toContain(name);
	});

	it.each(["nl", "en"] as const)("uses no banned synonym in %s", (language) => {
		expect(bannedUses(tables, language, GLOSSARY[language])).toEqual([]);
	});

	it("calls the chair a chair and the facilitator a facilitator in English", () => {
		expect(roleMixUps(tables)).toEqual([]);
	});

	it("uses one word for dismissing a dialog in each language", () => {
		for (const language of ["nl", "en"] as const) {
			const cancels = tables.UI_STRINGS?.[language] as { common: { cancel: string } };
			const planning = tables.PLANNING_STRINGS?.[language] as { move: { cancel: string } };
			const sharing = tables.SHARING_STRINGS?.[language] as { cancel: string };
			const exporting = tables.EXPORT_STRINGS?.[language] as { cancel: string };
			expect([cancels.common.cancel, planning.move.cancel, sharing.cancel, exporting.cancel]).toEqual(Array(4).fill(GLOSSARY[language].cancel));
		}
	});

	it("finds a banned word in a string, in a function's text and as a label", () => {
		const table = { nl: { a: "Deadline", b: (n: number) => `${n} bewijsnotities`, c: "Sluiten" }, en: { a: (day: string) => `Target date ${day}`, b: "Facilitator", c: "Close" } };
		expect(bannedUses({ table }, "nl", GLOSSARY.nl)).toHaveLength(3);
		expect(bannedUses({ table }, "en", GLOSSARY.en)).toHaveLength(1);
		expect(bannedUses({ table: { nl: {}, en: { d: (n: number) => `${n} evidence notes` } } }, "en", GLOSSARY.en)).toHaveLength(1);
		expect(roleMixUps({ table: { nl: { b: "Gespreksleider" }, en: { b: "Facilitator" } } })).toHaveLength(1);
	});
});
