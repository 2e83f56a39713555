import { keyAt, wordSet, type Clause } from "./token-match";

/** Words that open a subordinate clause: what is said inside it describes the situation, not the goal. */
const OPENERS = wordSet(`
	dat die wat welke welk wie waar waarom hoe als wanneer omdat zodat zodra terwijl nadat voordat totdat
	hoewel tenzij ofschoon mits
	that which who whom whose what where why how when whenever if because unless while although though
	once whether
`);
/** "Ik zorg dat …", "I make sure that …": the clause after these is the goal itself. */
const GOAL_INTRODUCERS = wordSet(`
	zorg zorgt zorgen ervoor erop wil wilt willen
	sure ensure ensures want wants
`);
/** "Ik doe dat niet", "ik zeg dat niet": after a verb like these, "dat"/"die" points back, it opens nothing. */
const POINTING_AFTER = wordSet(`
	doe doet deed zeg zegt zei wil kan moet zal ga gaat laat vind weet heb heeft ben is was
	do does did say says
`);
const POINTING_WORDS = wordSet("dat die that");
const COORDINATORS = wordSet("en maar of and but or");
const FIRST_PERSON = wordSet("ik i");

/**
 * For every word of the clause: does it stand in a side clause? A side clause runs from its opener to the next
 * comma or dash, or to "en ik", "and I" where the main clause goes on. Without such a mark it runs to the end
 * of the clause: when unsure, the words are read as situation, and the coach stays silent about them.
 */
export function sideClauseMask(clause: Clause): boolean[] {
	const mask: boolean[] = [];
	let inside = false;
	clause.tokens.forEach((token, index) => {
		if (token.pause === true || (COORDINATORS.has(token.key) && FIRST_PERSON.has(keyAt(clause, index + 1)))) inside = false;
		if (!inside && opensSideClause(clause, index)) inside = true;
		mask.push(inside);
	});
	return mask;
}

function opensSideClause(clause: Clause, index: number): boolean {
	const key = keyAt(clause, index);
	if (!OPENERS.has(key)) return false;
	// "Die collega …" at the start points at someone; "Als …", "When …" open a side clause there too.
	if (index === 0) return !POINTING_WORDS.has(key);
	const before = keyAt(clause, index - 1);
	if (GOAL_INTRODUCERS.has(before)) return false;
	return !(POINTING_WORDS.has(key) && POINTING_AFTER.has(before));
}
