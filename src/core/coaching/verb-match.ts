import { keyAt, passesOnlyAt, wordSet, type Clause, type TokenTest } from "./token-match";

/** A verb with all its written forms, and what else must stand in the clause to make it this action. */
interface VerbPhrase {
	forms: ReadonlySet<string>;
	/** Separable particle: glued to a form ("samenvatten", "samengevat") or elsewhere in the clause ("ik vat het samen"). */
	particle?: string;
	/** One of these words must also stand in the clause: the object of "feedback geven", the "met" of "stoppen met". */
	object?: readonly string[];
	/** Right before the form, these words make it something else: "be present" is no presentation. */
	notAfter?: readonly string[];
}

type VerbOptions = Omit<VerbPhrase, "forms">;

/** Dutch forms are listed in full: "vraag vraagt vragen vroeg vroegen gevraagd". */
export function dutch(forms: string, options: VerbOptions = {}): TokenTest {
	return verb({ forms: wordSet(forms), ...options });
}

/** English bases, with spelling variants ("summarise summarize"); -s, -ed and -ing forms are made; irregular ones added. */
export function english(bases: string, irregular = "", options: VerbOptions = {}): TokenTest {
	const forms = new Set([...wordSet(bases)].flatMap(englishForms));
	for (const form of wordSet(irregular)) forms.add(form);
	return verb({ forms, ...options });
}

function englishForms(base: string): string[] {
	const consonantY = /[^aeiou]y$/.test(base);
	const stem = base.slice(0, -1);
	const third = /(?:s|sh|ch|x|z|o)$/.test(base) ? `${base}es` : consonantY ? `${stem}ies` : `${base}s`;
	const past = base.endsWith("e") ? `${base}d` : consonantY ? `${stem}ied` : `${base}ed`;
	const ing = base.endsWith("e") && !base.endsWith("ee") ? `${stem}ing` : `${base}ing`;
	return [base, third, past, ing];
}

function verb(entry: VerbPhrase): TokenTest {
	const { forms, particle, object = [], notAfter = [] } = entry;
	const isForm = (clause: Clause, index: number): boolean => {
		const key = keyAt(clause, index);
		if (particle === undefined) return forms.has(key);
		if (key.startsWith(particle) && forms.has(key.slice(particle.length))) return true;
		return forms.has(key) && clause.keys.has(particle);
	};
	const test: TokenTest = (clause, index) =>
		isForm(clause, index) &&
		!notAfter.includes(keyAt(clause, index - 1)) &&
		(object.length === 0 || object.some((word) => clause.keys.has(word)));
	// A form, or with its particle glued before it.
	return passesOnlyAt(test, particle === undefined ? forms : [...forms, ...[...forms].map((form) => `${particle}${form}`)]);
}
