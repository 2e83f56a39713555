import { anyEnding, anyWord, keyAt, phrase, type TokenTest } from "./token-match";
import { WEEKDAYS } from "./goal-time-signs";

/** Where and when: meetings, conversations, weekdays, moments. */
export const CONTEXTS: TokenTest[] = [
	anyWord(`
		tijdens wanneer zodra telkens mt kantoor werkvloer klas les lessen ochtend ochtends middag middags avond avonds
		during when whenever office class classes lesson lessons morning mornings afternoon afternoons evening evenings
		standup standups retro retrospective weekday weekdays session sessions
	`),
	(clause, index) => WEEKDAYS.has(keyAt(clause, index)),
	anyEnding("overleg overleggen vergadering vergaderingen gesprek gesprekken bijeenkomst bijeenkomsten sessie sessies meeting meetings"),
	phrase("one on one"),
	phrase("one on ones"),
];
