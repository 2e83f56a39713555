import type { Language } from "../i18n/language";
import { METHOD_STRINGS } from "../i18n/method-strings";
import type { Problem } from "../schema/problem";
import { builtInMethods, methodById } from "./catalogue";
import { type MethodNote, parseCustomMethod } from "./custom-method";
import type { IntervisieMethod } from "./method";

/** The built-in methods together with the group's own method notes, and what was wrong with those notes. */
export class MethodCatalogue {
	private constructor(
		private readonly own: readonly IntervisieMethod[],
		readonly problems: readonly Problem[],
	) {}

	static builtInOnly(): MethodCatalogue {
		return new MethodCatalogue([], []);
	}

	/** Reads the notes of the methods folder; problems are worded in `language`. */
	static fromNotes(notes: readonly MethodNote[], language: Language): MethodCatalogue {
		const problems: Problem[] = [];
		const own: IntervisieMethod[] = [];
		const pathById = new Map<string, string>();
		for (const note of [...notes].sort((a, b) => compare(a.path, b.path))) {
			const parsed = parseCustomMethod(note, language);
			problems.push(...parsed.problems);
			if (!parsed.method) continue;
			let id = parsed.method.id;
			const first = pathById.get(id);
			if (first !== undefined) {
				// Two files with the same name in different subfolders: the first path keeps the plain id.
				for (let n = 2; pathById.has(id); n++) id = `${parsed.method.id}-${n}`;
				const t = METHOD_STRINGS[language];
				problems.push({ path: note.path, severity: "warning", code: "duplicate-title", message: t.inNote(note.path, t.sameFileName(first)) });
			}
			pathById.set(id, note.path);
			own.push({ ...parsed.method, id });
		}
		own.sort((a, b) => a.name.en.localeCompare(b.name.en, undefined, { sensitivity: "base", numeric: true }) || compare(a.id, b.id));
		return new MethodCatalogue(own, problems);
	}

	/** Built-in methods first, the default leading, then the group's own by name. */
	all(): readonly IntervisieMethod[] {
		return [...builtInMethods(), ...this.own];
	}

	custom(): readonly IntervisieMethod[] {
		return this.own;
	}

	has(id: string): boolean {
		return this.all().some((m) => m.id === id);
	}

	/** The method with this id; an unknown id falls back to the default so a case can always be prepared. */
	byId(id: string | null | undefined): IntervisieMethod {
		return this.own.find((m) => m.id === id) ?? methodById(id);
	}

	/** A method's name in the language, or the id itself for a method the catalogue does not know. */
	name(id: string, language: Language): string {
		return this.all().find((m) => m.id === id)?.name[language] ?? id;
	}
}

function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
