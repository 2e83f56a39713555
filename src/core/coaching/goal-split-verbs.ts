import { keyAt, wordSet, type Clause, type TokenTest } from "./token-match";

/**
 * Particles of Dutch separable verbs that name something one does with others: "ik stuur de agenda rond",
 * "ik geef het plan terug", "ik kaart het aan". Left out: "op", "neer", "in", "bij", "vol", whose verbs are
 * as often inner or vague ("ik geef het op", "ik leg het neer", "ik zie het in").
 */
const ACTION_PARTICLES = wordSet("rond terug aan uit voor samen door na toe mee af langs weg");
/** Verbs that with such a particle still name no action: "ik ga ervan uit", "ik denk mee", "ik wacht af". */
const NO_ACTION_VERBS = wordSet(`
	denk denkt dacht kijk kijkt keek zie ziet zag voel voelt voelde ga gaat ging kom komt kwam
	sta staat stond ben is was heb heeft had houd hou houdt hield wacht wacht wachtte leef leeft
`);
const FIRST_PERSON = wordSet("ik");
const REFLEXIVE = wordSet("me mij mezelf mijzelf");
/** "ervan", "daarop", "ernaar": with these the particle belongs to a preposition ("ik ga ervan uit"). */
const POINTING_ADVERB = /^(?:er|daar|hier|waar)(?:van|naar|op|aan|in|uit|over|bij|mee|voor|door|tegen|om|achter)?$/;

/**
 * A separable verb split across the clause, recognised by its particle at the end of the clause (or right
 * before a comma): "na elk overleg stuur ik de agenda rond". The verb is the one "ik" does in that stretch.
 */
export const clauseFinalParticle: TokenTest = (clause, index) => {
	const key = keyAt(clause, index);
	if (!ACTION_PARTICLES.has(key) || !endsStretch(clause, index)) return false;
	const before = keyAt(clause, index - 1);
	if (POINTING_ADVERB.test(before)) return false;
	// "ik vraag me af" wonders; "ik stel me voor" may only imagine.
	if (REFLEXIVE.has(before)) return false;
	let hasFirstPerson = false;
	for (let back = index - 1; back >= 0; back--) {
		const word = keyAt(clause, back);
		if (NO_ACTION_VERBS.has(word)) return false;
		if (FIRST_PERSON.has(word)) hasFirstPerson = true;
		if (clause.tokens[back]?.pause === true) break;
	}
	return hasFirstPerson;
};

function endsStretch(clause: Clause, index: number): boolean {
	const next = clause.tokens[index + 1];
	return next === undefined || next.pause === true;
}
