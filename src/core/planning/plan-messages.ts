import { PLANNING_STRINGS } from "../i18n/planning-strings";
import { showDay } from "../i18n/date-words";
import type { Language } from "../i18n/language";
import { MAX_SESSIONS } from "./plan-form";
import type { PlanProblem } from "./plan-form";
import type { RowMessage } from "./plan-rows";
import type { ChangeProblem } from "./session-changes";

/** The message for a plan the form could not make, in the language. */
export function planProblemText(problem: PlanProblem, language: Language): string {
	const t = PLANNING_STRINGS[language].plan.problems;
	switch (problem.code) {
		case "count":
			return t.count(MAX_SESSIONS);
		case "outside-is-member":
			return t["outside-is-member"](problem.name);
		case "end-before-start":
			return t["end-before-start"](showDay(problem.end, language, "text"));
		case "other":
			return problem.message;
		default:
			return t[problem.code];
	}
}

/** The message for one row of the preview. */
export function rowMessageText(message: RowMessage, language: Language): string {
	const t = PLANNING_STRINGS[language].plan.rows;
	const name = message.name ?? "";
	switch (message.code) {
		case "facilitator-brings":
		case "not-a-member":
			return t[message.code](name);
		case "second-turn-early":
			return t["second-turn-early"](name, message.waiting ?? []);
		default:
			return t[message.code];
	}
}

/** The message for a session that cannot be moved or cancelled; `statusLabel` names its status. */
export function changeProblemText(problem: ChangeProblem, statusLabel: string, language: Language): string {
	const t = PLANNING_STRINGS[language].move.problems;
	switch (problem.code) {
		case "not-planned":
			return t["not-planned"](statusLabel);
		case "date-taken":
			return t["date-taken"](problem.title, showDay(problem.date, language, "text"));
		case "newer-schema":
			return t["newer-schema"](problem.title);
		default:
			return t[problem.code];
	}
}
