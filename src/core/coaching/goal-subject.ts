import { keyAt, wordSet, type Clause } from "./token-match";

const OTHER_PEOPLE = wordSet(`
	collega collega's collegas team teams teamleden teamlid teamleider teamleiders medewerker medewerkers
	manager managers leidinggevende leidinggevenden baas directeur directie klant klanten client clienten
	leerling leerlingen student studenten organisatie afdeling groep anderen iedereen partner
	colleague colleagues coworker coworkers teammate teammates boss staff employee employees reports
	clients customer customers students organisation organization department management group others everyone people
`);
const OTHER_PRONOUNS = wordSet("hij zij ze men wij we jullie he she they");
const DETERMINERS = wordSet(`
	mijn m'n onze ons de het zijn haar hun die deze dit een alle elke iedere
	my our the his her their these those a all every each
`);
const MODALS = wordSet(`
	zal zullen moet moeten gaat gaan wil willen kan kunnen mag mogen zou zouden hoeft hoeven
	will would should must shall can could may might needs
`);
/** Verbs with which I want someone else to act: "ik wil dat mijn team …", "I want my team to …". */
const WANTING = wordSet(`
	wil wilt willen wou wilde zorg zorgt zorgen verwacht verwachten hoop hoopt eis eist
	want wants wanted expect expects ensure ensures sure hope hopes need needs require requires get gets
`);
const FIRST_PERSON_SUBJECTS = wordSet("ik i");

/**
 * Own control: the first other person or group that acts as a subject, as written ("mijn team");
 * null when only I act.
 */
export function otherSubject(clauses: readonly Clause[]): string | null {
	for (const clause of clauses) {
		const iAmInIt = [...FIRST_PERSON_SUBJECTS].some((key) => clause.keys.has(key));
		let start = 0;
		while (start < clause.tokens.length) {
			const end = otherPeopleEnd(clause, start);
			if (end === null) {
				start++;
				continue;
			}
			const before = keyAt(clause, start - 1);
			const acts =
				start === 0 ||
				(MODALS.has(keyAt(clause, end)) && !opensSideClause(clause, start)) ||
				WANTING.has(before) ||
				(isThatClause(before) && wantedBefore(clause, start - 1)) ||
				// Dutch word order puts the verb first: "vanaf maandag zal mijn team …".
				(!iAmInIt && MODALS.has(before));
			if (acts) return clause.tokens.slice(start, end).map((token) => token.word).join(" ");
			// Go on after the whole group: "het team" is not looked at again as "team".
			start = end;
		}
	}
	return null;
}

/** Where the words naming other people that start at `start` end: "mijn (nieuwe) collega's", "they"; null if none start there. */
function otherPeopleEnd(clause: Clause, start: number): number | null {
	const key = keyAt(clause, start);
	if (OTHER_PRONOUNS.has(key) || OTHER_PEOPLE.has(key)) return start + 1;
	if (!DETERMINERS.has(key)) return null;
	if (OTHER_PEOPLE.has(keyAt(clause, start + 1))) return start + 2;
	if (OTHER_PEOPLE.has(keyAt(clause, start + 2))) return start + 3;
	return null;
}

// A purpose or condition names others without making them the goal's subject: "zodat het team kan beslissen".
const SIDE_CLAUSE_OPENERS = wordSet(`
	zodat omdat als wanneer zodra terwijl nadat voordat waardoor tenzij
	so because if when whenever while after before until once unless
`);

function opensSideClause(clause: Clause, start: number): boolean {
	const before = keyAt(clause, start - 1);
	return SIDE_CLAUSE_OPENERS.has(before) || (before === "that" && keyAt(clause, start - 2) === "so");
}

function isThatClause(key: string): boolean {
	return key === "dat" || key === "that";
}

function wantedBefore(clause: Clause, thatIndex: number): boolean {
	return [1, 2, 3].some((back) => WANTING.has(keyAt(clause, thatIndex - back)));
}
