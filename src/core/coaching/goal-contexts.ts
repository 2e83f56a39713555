import { anyEnding, anyWord, keyAt, phrase, type TokenTest } from "./token-match";
import { beforeOrAfterSomething, everyOccasion, everyTimeThat, openingCondition } from "./goal-occasions";
import { WEEKDAYS } from "./goal-time-signs";

/** Where and when: meetings, conversations, places, weekdays, moments and occasions. */
export const CONTEXTS: TokenTest[] = [
	anyWord(`
		tijdens wanneer zodra telkens mt kantoor werkvloer klas les lessen
		during when whenever office class classes lesson lessons morning mornings afternoon afternoons evening evenings
		standup standups retro retrospective weekday weekdays session sessions privately
		conversation conversations appraisal appraisals handover handovers shift shifts complaint complaints
	`),
	(clause, index) => WEEKDAYS.has(keyAt(clause, index)),
	anyEnding(`
		overleg overleggen vergadering vergaderingen gesprek gesprekken bijeenkomst bijeenkomsten sessie sessies meeting meetings
		ochtend ochtends middag middags avond avonds overdracht overdrachten klacht klachten spreekuur
	`),
	phrase("one on one"),
	phrase("one on ones"),
	phrase("one to one"),
	phrase("one to ones"),
	phrase("onder vier ogen"),
	phrase("in private"),
	phrase("in person"),
	phrase("face to face"),
	phrase("stand up"),
	phrase("stand ups"),
	everyOccasion,
	everyTimeThat,
	openingCondition,
	beforeOrAfterSomething,
];
