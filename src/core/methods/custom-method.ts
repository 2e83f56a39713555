import type { Language } from "../i18n/language";
import { CUSTOM_METHOD_DEFAULTS } from "../i18n/method-strings";
import type { Problem } from "../schema/problem";
import { titleOf } from "../schema/read-note";
import { readSteps } from "./custom-steps";
import { inBothLanguages, type IntervisieMethod, type Localized, type PreparationPrompt, ROLE_IDS, type RoleId } from "./method";
import { isEmptyValue, isPropertyGroup, MethodReport, propertiesOf } from "./method-report";
import { roleFromWord } from "./role-names";
import { CONCRETE_SITUATION, OPEN_QUESTION, WHAT_I_TRIED } from "./shared-prompts";
import { slug } from "./slug";

/** A note in the methods folder, as the vault gives it: properties (null when it has none) and the text below them. */
export interface MethodNote {
	path: string;
	frontmatter: Record<string, unknown> | null;
	body: string;
}

/** The method a note describes, or null with the problems that keep it out; both empty for a note of another kind. */
export interface ParsedMethod {
	method: IntervisieMethod | null;
	problems: Problem[];
}

/** Ids of a group's own methods start with this, so they never collide with a built-in one. */
export const CUSTOM_METHOD_PREFIX = "custom:";

const DEFAULT_ROLES: readonly RoleId[] = ["case-bringer", "facilitator", "note-taker", "participants"];
const DEFAULT_PREPARATION: readonly PreparationPrompt[] = [CONCRETE_SITUATION, WHAT_I_TRIED, OPEN_QUESTION];
const METHOD_KINDS = new Set(["method", "methode"]);
/** Roles and preparation items beyond this are not looked at. */
const LIST_READ = 30;

/** Reads a group's own method from its note. Never throws: whatever is wrong becomes a problem in `language`. */
export function parseCustomMethod(note: MethodNote, language: Language): ParsedMethod {
	const props = propertiesOf(note.frontmatter);
	if (!isMethodKind(props.get("intervisie"))) return { method: null, problems: [] };
	const report = new MethodReport(note.path, language);
	const t = report.t;
	const title = titleOf(note.path);
	const steps = readSteps(props.get("steps"), note.body, report);
	const method: IntervisieMethod = {
		id: `${CUSTOM_METHOD_PREFIX}${slug(title) || "method"}`,
		name: inBothLanguages(report.text(props.get("name"), t.property("name"), "warning") ?? title),
		description: localized(report.text(props.get("description"), t.property("description"), "warning", true), CUSTOM_METHOD_DEFAULTS.description),
		fits: localized(report.text(props.get("fits"), t.property("fits"), "warning", true), CUSTOM_METHOD_DEFAULTS.fits),
		steps,
		roles: readRoles(props.get("roles"), report),
		preparation: readPreparation(props.get("prepare"), report),
	};
	return { method: report.failed ? null : method, problems: report.problems };
}

/** Every note in the folder is a method note, unless it says it is another kind of intervisie note. */
function isMethodKind(kind: unknown): boolean {
	return isEmptyValue(kind) || (typeof kind === "string" && METHOD_KINDS.has(kind.trim().toLowerCase()));
}

function localized(text: string | null | undefined, fallback: Localized): Localized {
	return text ? inBothLanguages(text) : fallback;
}

/** A list of roles, or one text with roles separated by commas. */
function readRoles(value: unknown, report: MethodReport): readonly RoleId[] {
	const t = report.t;
	if (isEmptyValue(value)) return DEFAULT_ROLES;
	const items = typeof value === "string" ? value.split(",") : Array.isArray(value) ? value.slice(0, LIST_READ) : null;
	if (items === null) {
		report.add("warning", "wrong-type", t.wrongType(t.property("roles"), t.expected.textList, report.found(value)));
		return DEFAULT_ROLES;
	}
	const roles = new Set<RoleId>();
	for (const item of items) {
		const word = report.text(item, t.role, "warning");
		if (!word) continue;
		const role = roleFromWord(word);
		if (role) roles.add(role);
		else report.add("warning", "invalid-value", t.unknownRole(word, ROLE_IDS.join(", ")));
	}
	return roles.size > 0 ? [...roles] : DEFAULT_ROLES;
}

/** Preparation prompts: a text is both heading and prompt; an item has a `heading` and an optional `prompt`. */
function readPreparation(value: unknown, report: MethodReport): readonly PreparationPrompt[] {
	if (isEmptyValue(value)) return DEFAULT_PREPARATION;
	const items = Array.isArray(value) ? value.slice(0, LIST_READ) : [value];
	const prompts = items.flatMap((item, i) => preparationItem(item, i + 1, report) ?? []);
	return prompts.length > 0 ? prompts : DEFAULT_PREPARATION;
}

function preparationItem(item: unknown, n: number, report: MethodReport): PreparationPrompt | null {
	const t = report.t;
	const what = t.preparationItem(n);
	if (!isPropertyGroup(item)) {
		if (typeof item !== "string") {
			report.add("warning", "wrong-type", t.wrongType(what, t.expected.preparation, report.found(item)));
			return null;
		}
		const text = report.text(item, what, "warning");
		return text ? { heading: inBothLanguages(text), prompt: inBothLanguages(text) } : null;
	}
	const props = propertiesOf(item);
	const heading = report.text(props.get("heading"), what, "warning");
	const prompt = report.text(props.get("prompt"), what, "warning", true);
	if (heading === null) report.add("warning", "invalid-value", t.noHeading(n));
	if (!heading) return null;
	return { heading: inBothLanguages(heading), prompt: inBothLanguages(prompt ?? heading) };
}
