import { sideClauseMask } from "./goal-side-clauses";
import { keyAt, wordSet, type Clause } from "./token-match";

/** Auxiliaries of the passive: "ik word gevraagd", "I get promoted", "my plan is approved". */
const PASSIVE_AUXILIARIES = wordSet(`
	word wordt worden werd werden
	get gets got getting am is are was were be been being
`);
/** English participles that are no "-ed" form; Dutch participles are recognised by their "ge". */
const IRREGULAR_PARTICIPLES = wordSet("chosen seen given heard known taken told aangenomen gekozen gezien gegeven gevonden geprezen benoemd betrokken erkend");
const ADJECTIVE_LIKE = wordSet("used interested prepared tired bored started engaged");
/** Words that may stand between the auxiliary and the participle: "ik word vaker gevraagd", "I get asked more". */
const GAP = 3;

/** Receiving what others give: "ik krijg feedback", "I receive praise". "… van mij", "… from me" gives instead. */
const RECEIVING = wordSet("krijg krijgt krijgen kreeg kregen ontvang ontvangt ontvangen ontving ontvingen receive receives received receiving");
const ENGLISH_GET = wordSet("get gets got getting");
const GIVEN_THINGS = wordSet(`
	feedback compliment compliments praise promotion raise credit approval recognition invitation invitations
	response responses answer answers yes
`);
/** Wishing for an outcome: "ik hoop dat het overleg korter wordt", "I hope the meeting gets shorter". */
const WISHING = wordSet("hoop hoopt hoopte verwacht verwachten wens wenst hope hopes hoped wish wishes expect expects");
const THAT = wordSet("dat that");
const FIRST_PERSON = wordSet("ik i");
const FROM = wordSet("van from");
const ME = wordSet("mij me");

/** Is the word at `index` a participle of a passive ("uitgenodigd" in "ik word uitgenodigd")? Then nobody sees me act. */
export function isPassiveParticiple(clause: Clause, index: number): boolean {
	const key = keyAt(clause, index);
	if (!looksLikeParticiple(key)) return false;
	for (let back = 1; back <= GAP && index - back >= 0; back++) {
		if (PASSIVE_AUXILIARIES.has(keyAt(clause, index - back))) return true;
		if (clause.tokens[index - back + 1]?.pause === true) return false;
	}
	return false;
}

function looksLikeParticiple(key: string): boolean {
	if (IRREGULAR_PARTICIPLES.has(key)) return true;
	if (ADJECTIVE_LIKE.has(key)) return false;
	return (key.endsWith("ed") && key.length > 4) || /^(?:[a-z]{0,6})ge[a-z]{2,}[dt]$/.test(key);
}

/**
 * Own control: does the goal's outcome lie with others even though no one else is its subject? A passive, a
 * thing received, a wished-for change. Side clauses are left alone ("als ik gevraagd word").
 */
export function othersDecide(clauses: readonly Clause[]): boolean {
	return clauses.some((clause) => {
		const mask = sideClauseMask(clause);
		const byMe = givenByMe(clause);
		return clause.tokens.some((_token, index) => mask[index] !== true && decidesHere(clause, index, byMe));
	});
}

function decidesHere(clause: Clause, index: number, givenByMe: boolean): boolean {
	const key = keyAt(clause, index);
	if (isPassiveParticiple(clause, index)) return true;
	if (RECEIVING.has(key) || (ENGLISH_GET.has(key) && GIVEN_THINGS.has(nextNoun(clause, index)))) return !givenByMe;
	return WISHING.has(key) && wishesForOthers(clause, index);
}

function nextNoun(clause: Clause, index: number): string {
	const next = keyAt(clause, index + 1);
	return next === "a" || next === "an" || next === "more" ? keyAt(clause, index + 2) : next;
}

function givenByMe(clause: Clause): boolean {
	return clause.tokens.some((token, index) => FROM.has(token.key) && ME.has(keyAt(clause, index + 1)));
}

/** "hoop dat het overleg …", "hope the meeting …": the wish is about something other than me. */
function wishesForOthers(clause: Clause, index: number): boolean {
	const next = THAT.has(keyAt(clause, index + 1)) ? index + 2 : index + 1;
	const subject = keyAt(clause, next);
	return subject !== "" && subject !== "to" && !FIRST_PERSON.has(subject);
}
