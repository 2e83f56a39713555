const ACCENTS_AND_INVISIBLES = /[\u0300-\u036f\u200b-\u200d\u2060\ufeff]/g;

/** A name as a person means it: `Privé`, `PRIVATE `, `priv\u00e9` and `prive\u0301` all fold to `private`/`prive`. */
export function foldName(name: string): string {
	return name.normalize("NFD").replace(ACCENTS_AND_INVISIBLES, "").trim().toLowerCase();
}
