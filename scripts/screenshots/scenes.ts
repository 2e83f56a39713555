import type { FormLike } from "../../tests/harness/form-driver";
import { fill, toggle } from "../../tests/harness/form-driver";
import type { PluginHarness } from "../../tests/plugin/plugin-harness";

/** A state of the plugin's interface worth looking at, set up through its commands. */
export interface Scene {
	name: string;
	today: string;
	/** Notes added to the fixture vault for this scene. */
	files?: Record<string, string>;
	/** A note open when the command runs. */
	open?: string;
	command: string;
	/** Types into the form, by label in the interface language. */
	fill(modal: FormLike, language: "nl" | "en"): void;
}

function planned(date: string, n: number, bringer: string, facilitator: string, noteTaker: string): string {
	return `---\nintervisie: session\ndate: ${date}\nnumber: ${n}\ntrajectory: "[[Team leads 2026]]"\nstatus: planned\ncase-bringers:\n  - ${bringer}\nfacilitator: ${facilitator}\nnote-taker: ${noteTaker}\n---\n`;
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
	{
		name: "cancel-session",
		today: "2026-04-10",
		open: "Intervisie/Sessions/2026-04-20 Session 3.md",
		command: "move-or-cancel-session",
		files: {
			"Intervisie/Sessions/2026-04-20 Session 3.md": planned("2026-04-20", 3, "Aylin Demir", "Joris Bakker", "Sanne de Vries"),
			"Intervisie/Sessions/2026-06-01 Session 4.md": planned("2026-06-01", 4, "Joris Bakker", "Sanne de Vries", "Aylin Demir"),
			"Intervisie/Sessions/2026-09-07 Session 5.md": planned("2026-09-07", 5, "Sanne de Vries", "Aylin Demir", "Joris Bakker"),
		},
		fill: (modal, lang) => {
			fill(modal, L(lang, "Wat wil je doen", "What to do"), "cancel");
		},
	},
	{
		name: "share",
		today: "2026-04-10",
		files: {
			"Intervisie/Goals/Summarise.md":
				'---\nintervisie: goal\nid: goal-sum\nstatus: active\ntrajectory: "[[Team leads 2026]]"\n---\n## What I will do\n\nI summarise every meeting.\n\n> [!private]- Only for me\n> What my manager said about the team.\n- Next, see [[Coach notes^a1b2]] and [[Team leads 2026]]\n\nAsk [[Coach notes]] and %% remember the budget %% keep going.\n\n### [[Coach notes]]\n\nWhat my coach and I agreed.\n',
			"Notes/Coach notes.md": "---\nprivate: true\n---\nNotes from my coach.\n",
		},
		open: "Intervisie/Goals/Summarise.md",
		command: "share-with-group",
		fill: () => undefined,
	},
	{
		name: "evaluation",
		today: "2026-11-20",
		command: "new-evaluation",
		fill: (modal, lang) => {
			fill(modal, L(lang, "Leidinggevende", "Manager"), "Ellen Kok");
		},
	},
	{
		name: "export-report",
		today: "2026-03-25",
		files: {
			"Intervisie/Reports/2026-03-09 Report session 2.md":
				'---\nintervisie: report\ndate: 2026-03-09\nsession: "[[2026-03-09 Session 2]]"\ngoals:\n  - "[[Summarise]]"\nratings:\n  - 3\n---\n## What I learned about myself\n\nI rush to help before I understand the question.\n\n## What I will do next\n\n- [ ] Ask one more question in the MT 📅 2026-03-20\n',
		},
		command: "export-trajectory-report",
		fill: () => undefined,
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
	if (scene.open) await p.h.openFile(scene.open);
	await p.run(scene.command);
	// Some forms read notes first (the report export): let that finish.
	for (let i = 0; i < 5; i++) {
		await new Promise((resolve) => setTimeout(resolve, 0));
		await p.h.settle();
	}
	const modal = p.h.openModals().at(-1) as unknown as FormLike & { containerEl: HTMLElement };
	scene.fill(modal, language);
	return modal;
}
