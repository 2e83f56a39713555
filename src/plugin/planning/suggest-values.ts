import { themeSuggestions } from "../../core/planning/themes";
import type { Services } from "../services";

let lists = 0;

/** Suggestions under a text input, as a native datalist: desktop and phones both offer it while typing. */
export function suggestValues(input: HTMLInputElement, values: readonly string[]): void {
	const id = `intervisie-suggestions-${++lists}`;
	const list = (input.parentElement ?? input).createEl("datalist", { attr: { id } });
	for (const value of values) list.createEl("option", { attr: { value } });
	input.setAttr("list", id);
}

/** Group themes to suggest: those used in the vault's sessions first, then common ones in the notes' language. */
export function themeChoices(services: Services): string[] {
	return themeSuggestions(services.settings().notesLanguage, services.index().ofKind("session").map((s) => s.theme));
}
