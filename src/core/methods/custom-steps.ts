import { bodySteps } from "./body-steps";
import { inBothLanguages, type MethodStep } from "./method";
import { isEmptyValue, isPropertyGroup, type MethodReport, propertiesOf } from "./method-report";
import { uniqueSlugs } from "./slug";
import { MAX_MINUTES, MIN_MINUTES, readMinutes, splitStepText } from "./step-text";

export const MAX_STEPS = 40;
export const MAX_STEP_PROMPTS = 3;
/** Reminders beyond this are not even looked at; a few are shown anyway. */
const PROMPTS_READ = 20;
const STEP_KEYS = new Set(["name", "minutes", "purpose", "prompts", "question-round"]);

interface StepDraft {
	name: string;
	minutes: number;
	purpose: string;
	prompts: string[];
	questionRound: boolean;
}

/** The steps from the `steps` property or, when it is empty, from the list in the note's body. */
export function readSteps(property: unknown, body: string, report: MethodReport): MethodStep[] {
	const items = stepItems(property, body, report);
	if (items === null) return [];
	if (items.length === 0) {
		report.add("error", "invalid-value", report.t.noSteps);
		return [];
	}
	if (items.length > MAX_STEPS) {
		report.add("error", "invalid-value", report.t.tooManySteps(items.length, MAX_STEPS));
		return [];
	}
	const drafts = items.flatMap((item, i) => readStep(item, i + 1, report) ?? []);
	const ids = uniqueSlugs(drafts.map((d) => d.name), "step");
	return drafts.map((draft, i) => ({
		id: ids[i] ?? `step-${i + 1}`,
		name: inBothLanguages(draft.name),
		minutes: draft.minutes,
		purpose: inBothLanguages(draft.purpose),
		prompts: draft.prompts.map(inBothLanguages),
		...(draft.questionRound ? { questionRound: true } : {}),
	}));
}

/** The raw step items, or null when the `steps` property cannot hold steps (already reported). */
function stepItems(property: unknown, body: string, report: MethodReport): readonly unknown[] | null {
	if (isEmptyValue(property)) return bodySteps(body).map((step) => ({ name: step.text, prompts: step.prompts }));
	if (Array.isArray(property)) {
		const list: readonly unknown[] = property;
		// Array.from turns holes in a sparse list into undefined, so each is reported as an empty step.
		return list.length > MAX_STEPS ? list : Array.from(list);
	}
	if (isPropertyGroup(property)) {
		// `steps:` written as `Name: 15` lines is a mapping, unless it is one step with a name.
		if (propertiesOf(property).has("name")) return [property];
		return Object.entries(property).map(([name, minutes]) => ({ [name]: minutes }));
	}
	report.add("error", "wrong-type", report.t.stepsNotAList(report.found(property)));
	return null;
}

function readStep(item: unknown, n: number, report: MethodReport): StepDraft | null {
	const t = report.t;
	if (typeof item === "string") return namedStep(item, undefined, n, report, {});
	if (!isPropertyGroup(item)) {
		report.add("error", "wrong-type", t.stepWrongType(n, report.found(item)));
		return null;
	}
	const props = propertiesOf(item);
	const [only] = props.size === 1 && ![...props.keys()].some((key) => STEP_KEYS.has(key)) ? Object.entries(item) : [];
	if (only) {
		// The YAML shorthand `- Vragenronde: 15`.
		const [name, minutes] = only;
		if (minutes !== null && typeof minutes !== "number" && typeof minutes !== "string") {
			report.add("error", "wrong-type", t.stepWrongType(n, report.found(item)));
			return null;
		}
		return namedStep(name, minutes, n, report, {});
	}
	const name = report.text(props.get("name"), t.stepField("name", n), "error");
	if (name === undefined) return null;
	return namedStep(name ?? "", props.get("minutes"), n, report, { purpose: props.get("purpose"), prompts: props.get("prompts"), questionRound: props.get("question-round") });
}

function namedStep(
	rawName: string,
	minutesValue: unknown,
	n: number,
	report: MethodReport,
	extra: { purpose?: unknown; prompts?: unknown; questionRound?: unknown },
): StepDraft | null {
	const t = report.t;
	const text = report.text(rawName, t.step(n), "error");
	if (text === undefined) return null;
	const given = readMinutes(minutesValue);
	const split = given === null ? splitStepText(text ?? "") : { name: text ?? "", minutes: null };
	if (split.name === "") {
		report.add("error", "invalid-value", t.stepNoName(n));
		return null;
	}
	const reading = given ?? (split.minutes === null ? null : readMinutes(split.minutes));
	if (reading === null) {
		report.add("error", "invalid-value", t.stepNoMinutes(n, split.name));
		return null;
	}
	if ("wrongType" in reading) {
		report.add("error", "wrong-type", t.wrongType(t.stepField("minutes", n), t.expected.wholeNumber, report.found(minutesValue)));
		return null;
	}
	if ("invalid" in reading) {
		report.add("error", "invalid-value", t.stepBadMinutes(n, split.name, reading.invalid, MIN_MINUTES, MAX_MINUTES));
		return null;
	}
	return {
		name: split.name,
		minutes: reading.minutes,
		purpose: report.text(extra.purpose, t.stepField("purpose", n), "warning", true) ?? "",
		prompts: readPrompts(extra.prompts, n, split.name, report),
		questionRound: isQuestionRound(extra.questionRound, split.name),
	};
}

/** `question-round: true` on a step, or a step named as one ("Vragenronde", "Question round"). */
function isQuestionRound(flag: unknown, name: string): boolean {
	if (flag === true || (typeof flag === "string" && ["true", "yes", "ja"].includes(flag.trim().toLowerCase()))) return true;
	const lower = name.toLowerCase();
	return lower.includes("vragenronde") || lower.includes("question round");
}

function readPrompts(value: unknown, n: number, stepName: string, report: MethodReport): string[] {
	const t = report.t;
	const what = t.stepField("prompts", n);
	if (isEmptyValue(value)) return [];
	if (isPropertyGroup(value)) {
		report.add("warning", "wrong-type", t.wrongType(what, t.expected.textList, report.found(value)));
		return [];
	}
	const items = Array.isArray(value) ? value.slice(0, PROMPTS_READ) : [value];
	const prompts = items.flatMap((item) => report.text(item, what, "warning") ?? []);
	if (prompts.length > MAX_STEP_PROMPTS) report.add("warning", "invalid-value", t.tooManyPrompts(n, stepName, MAX_STEP_PROMPTS));
	return prompts.slice(0, MAX_STEP_PROMPTS);
}
