import { keyAt, wordSet, type TokenTest } from "./token-match";

const OCCASION_PREPOSITIONS = wordSet("bij na voor tijdens in op aan at after before in on for during");
const EVERY = wordSet("elk elke ieder iedere every each");

/** "bij elke klacht", "na elk overleg", "at every handover": a preposition and "every" make any noun a moment. */
export const everyOccasion: TokenTest = (clause, index) =>
	OCCASION_PREPOSITIONS.has(keyAt(clause, index)) && EVERY.has(keyAt(clause, index + 1)) && keyAt(clause, index + 2) !== "";

const TIMES = wordSet("keer time");
/** "elke keer dat een klant belt", "every time a colleague proposes": a moment, as long as something follows. */
export const everyTimeThat: TokenTest = (clause, index) =>
	EVERY.has(keyAt(clause, index)) && TIMES.has(keyAt(clause, index + 1)) && keyAt(clause, index + 2) !== "" && clause.tokens[index + 2]?.pause !== true;

const CONDITIONS = wordSet("als if");
/** "Als een ouder mailt, …", "If a client calls, …": a condition that opens the sentence (or follows a comma) is a moment. */
export const openingCondition: TokenTest = (clause, index) =>
	CONDITIONS.has(keyAt(clause, index)) && (index === 0 || clause.tokens[index]?.pause === true);

const SEQUENCE = wordSet("voordat nadat before after");
const SUBJECTS = wordSet("ik i we wij je jij you hij zij ze he she they een a the de het");
/** "voordat ik uitleg", "before I answer", "after a client calls": the moment just before or after something happens. */
export const beforeOrAfterSomething: TokenTest = (clause, index) =>
	SEQUENCE.has(keyAt(clause, index)) && SUBJECTS.has(keyAt(clause, index + 1)) && keyAt(clause, index + 2) !== "end";
