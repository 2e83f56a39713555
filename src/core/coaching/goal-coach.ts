import type { Language } from "../i18n/language";
import { GOAL_CRITERIA, type CriterionId } from "./criteria";
import { ACTION_VERBS, VAGUE_VERBS } from "./goal-actions";
import { CONTEXTS } from "./goal-contexts";
import { MEASURES } from "./goal-measures";
import { GOAL_MESSAGES } from "./goal-messages";
import { goalNegation } from "./goal-negations";
import { othersDecide, isPassiveParticiple } from "./goal-outcomes";
import { otherSubject } from "./goal-subject";
import { readGoalText, type GoalText } from "./goal-text";
import { TIME_SIGNS } from "./goal-time-signs";
import { anyOf, firstMatch, type TokenTest } from "./token-match";


export interface CriterionResult {
	criterion: CriterionId;
	met: boolean;
	/** Hint in the requested language, phrased as friendly advice; when met, a short confirmation. */
	message: string;
}

export interface GoalCoachingInput {
	statement: string;
	/** YYYY-MM-DD */
	deadline?: string | null;
}

/**
 * Hints at the quality criteria of a learning goal. Dutch and English word lists both run on every
 * goal, because people mix languages; `language` only picks the wording of the messages.
 */
export function coachGoal(input: GoalCoachingInput, language: Language): CriterionResult[] {
	const text = readGoalText(input.statement);
	const findings: Record<CriterionId, Finding> = {
		positive: absent(goalNegation(text.clauses)),
		observable: findObservable(text),
		"time-bound": present(hasDeadline(input.deadline) || text.hadNumericDate || firstMatch(text.clauses, TIME_SIGNS) !== null),
		measurable: present(text.hadPercent || firstMatch(text.clauses, MEASURES) !== null),
		"own-control": findOwnControl(text),
		"where-when": present(firstMatch(text.clauses, CONTEXTS) !== null),
	};
	return GOAL_CRITERIA.map((criterion) => {
		const { met, word } = findings[criterion];
		const messages = GOAL_MESSAGES[language][criterion];
		return { criterion, met, message: met ? messages.met : messages.unmet(word) };
	});
}

export function unmetCriteria(input: GoalCoachingInput, language: Language): CriterionResult[] {
	return coachGoal(input, language).filter((result) => !result.met);
}

interface Finding {
	met: boolean;
	/** The words, as written, that the hint is about: "minder", "mijn team". */
	word: string | null;
}

function present(found: boolean): Finding {
	return { met: found, word: null };
}

function absent(word: string | null): Finding {
	return { met: word === null, word };
}

// "Ik word uitgenodigd" names an action, but someone else's: a passive participle is no action of mine.
const ACTIONS_OF_MINE: TokenTest[] = [(clause, index) => anyOf(ACTION_VERBS)(clause, index) && !isPassiveParticiple(clause, index)];

function findObservable(text: GoalText): Finding {
	if (firstMatch(text.clauses, ACTIONS_OF_MINE) !== null) return present(true);
	return { met: false, word: firstMatch(text.clauses, VAGUE_VERBS) };
}

function findOwnControl(text: GoalText): Finding {
	const other = otherSubject(text.clauses);
	if (other !== null) return absent(other);
	return othersDecide(text.clauses) ? { met: false, word: null } : present(true);
}

function hasDeadline(deadline: string | null | undefined): boolean {
	return typeof deadline === "string" && deadline.trim() !== "";
}
