import { isDigits, keyAt, wordSet, type TokenTest } from "./token-match";

const SPAN_PREPOSITIONS = wordSet("binnen within in");
const SPAN_COUNTS = wordSet(`
	een één anderhalf twee drie vier vijf zes zeven acht negen tien twaalf
	a an one two three four five six seven eight nine ten twelve
`);
const TIME_UNITS = wordSet(`
	minuut minuten kwartier uur uren dag dagen werkdag werkdagen week weken maand maanden
	minute minutes hour hours day days workday workdays week weeks month months
`);
const WORKING = wordSet("working business");

/**
 * A span in time units: "binnen twee werkdagen", "within 24 hours", "in a week". It bounds each action in
 * time, so it is time-bound, and a limit you can check, so it is measurable.
 */
export const timeSpan: TokenTest = (clause, index) => {
	if (!SPAN_PREPOSITIONS.has(keyAt(clause, index))) return false;
	const count = keyAt(clause, index + 1);
	if (!isDigits(count) && !SPAN_COUNTS.has(count)) return false;
	const unit = WORKING.has(keyAt(clause, index + 2)) ? keyAt(clause, index + 3) : keyAt(clause, index + 2);
	return TIME_UNITS.has(unit);
};
