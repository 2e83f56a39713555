import type { FormLike } from "../../tests/harness/form-driver";
import { fill, toggle } from "../../tests/harness/form-driver";
import type { PluginHarness } from "../../tests/plugin/plugin-harness";

/** A state of the plugin's interface worth looking at, set up through its commands. */
export interface Scene {
	name: string;
	today: string;
	command: string;
	/** Types into the form, by label in the interface language. */
	fill(modal: FormLike, language: "nl" | "en"): void;
}

const L = (language: "nl" | "en", nl: string, en: string): string => (language === "nl" ? nl : en);

export const SCENES: readonly Scene[] = [
	{
		name: "goal-coaching",
		today: "2026-01-12",
		command: "new-goal",
		fill: (modal, lang) => {
			fill(modal, L(lang, "Korte naam", "Short name"), L(lang, "Beter luisteren", "Listen better"));
			fill(modal, L(lang, "Wat ga je doen?", "What will you do?"), L(lang, "Ik wil beter leren luisteren en minder snel adviseren.", "I want to learn to listen better and give less advice."));
		},
	},
	{
		name: "report",
		today: "2026-03-10",
		command: "write-report",
		fill: (modal, lang) => {
			fill(modal, L(lang, "Actie 1", "Action 1"), L(lang, "Een verzoek in het MT parkeren tot ik mijn team heb gesproken", "Park a request in the MT until I have talked to my team"));
			fill(modal, "Summarise", "4");
		},
	},
	{
		name: "case-question",
		today: "2026-04-10",
		command: "prepare-case",
		fill: (modal, lang) => {
			fill(modal, L(lang, "Je vraag", "Your question"), L(lang, "Moet mijn team harder werken", "Should my team work harder"));
			toggle(modal, "Say no", true);
		},
	},
	{
		name: "plan-sessions",
		today: "2026-01-05",
		command: "plan-sessions",
		fill: (modal, lang) => {
			toggle(modal, L(lang, "Begeleider van buiten", "Outside facilitator"), false);
			typeInCell(modal, 0, "theme", L(lang, "Luisteren", "Listening"));
			const bringer = modal.contentEl.querySelectorAll("tr.intervisie-plan-row")[1]?.querySelector<HTMLInputElement>('input[data-column="caseBringers"]')?.value ?? "";
			typeInCell(modal, 1, "facilitator", bringer);
		},
	},
];

/** Types into a cell of the plan preview (rows counted from 0), as a person adjusting the plan would. */
function typeInCell(modal: FormLike, row: number, column: string, value: string): void {
	const input = modal.contentEl.querySelectorAll("tr.intervisie-plan-row")[row]?.querySelector<HTMLInputElement>(`input[data-column="${column}"]`);
	if (!input) throw new Error(`The plan has no ${column} in row ${row}`);
	input.value = value;
	input.dispatchEvent(new Event("input", { bubbles: true }));
}

export async function openScene(p: PluginHarness, scene: Scene, language: "nl" | "en"): Promise<FormLike> {
	p.setToday(scene.today);
	await p.run(scene.command);
	const modal = p.h.openModals().at(-1) as unknown as FormLike & { containerEl: HTMLElement };
	scene.fill(modal, language);
	return modal;
}
