import type { PlanRow, RowCode, RowMessage } from "../../core/planning/plan-rows";
import { listOfNames } from "../modals/form-values";
import { planningUi } from "./planning-ui";
import { suggestValues } from "./suggest-values";
import { rowMessageText } from "../../core/planning/plan-messages";
import { uiLanguage } from "../ui-language";

type Column = "date" | "caseBringers" | "facilitator" | "noteTaker" | "theme";

/** The field each message is about, so that field is marked too. */
const COLUMN_OF: Record<RowCode, Column> = {
	"not-a-date": "date",
	"date-taken": "date",
	"date-twice": "date",
	"after-end": "date",
	"facilitator-brings": "facilitator",
	"note-taker-brings": "noteTaker",
	"note-taker-facilitates": "noteTaker",
	"no-case-bringer": "caseBringers",
	"not-a-member": "caseBringers",
	"second-turn-early": "caseBringers",
};

export interface PlanTableOptions {
	/** Changed in place as the person types. */
	rows: PlanRow[];
	check: (rows: readonly PlanRow[]) => RowMessage[][];
	themes: readonly string[];
}

/** The plan as an editable table: one row per session, and under it what needs a look, in words. */
export function renderPlanTable(container: HTMLElement, { rows, check, themes }: PlanTableOptions): void {
	const t = planningUi().plan;
	const c = t.columns;
	const table = container.createDiv({ cls: "intervisie-plan-scroll" }).createEl("table", { cls: "intervisie-plan-table" });
	const head = table.createEl("thead").createEl("tr");
	for (const label of [c.number, c.date, c.caseBringers, c.facilitator, c.noteTaker, c.theme]) head.createEl("th", { text: label });
	const body = table.createEl("tbody");

	const views = rows.map((row) => {
		const tr = body.createEl("tr", { cls: "intervisie-plan-row", attr: { "data-number": String(row.number) } });
		tr.createEl("td", { cls: "intervisie-plan-number", text: String(row.number) });
		const field = (column: Column, label: string, value: string, type: "date" | "text", set: (value: string) => void): HTMLInputElement => {
			const input = tr.createEl("td", { attr: { "data-label": label } }).createEl("input", { type, value, attr: { "data-column": column, "aria-label": `${label} ${c.number} ${row.number}` } });
			input.addEventListener("input", () => {
				set(input.value);
				refresh();
			});
			return input;
		};
		const inputs: Record<Column, HTMLInputElement> = {
			date: field("date", c.date, row.date, "date", (v) => (row.date = v.trim())),
			caseBringers: field("caseBringers", c.caseBringers, row.caseBringers.join(", "), "text", (v) => (row.caseBringers = listOfNames(v))),
			facilitator: field("facilitator", c.facilitator, row.facilitator ?? "", "text", (v) => (row.facilitator = v.trim() || null)),
			noteTaker: field("noteTaker", c.noteTaker, row.noteTaker ?? "", "text", (v) => (row.noteTaker = v.trim() || null)),
			theme: field("theme", c.theme, row.theme ?? "", "text", (v) => (row.theme = v.trim() || null)),
		};
		suggestValues(inputs.theme, themes);
		const messages = body.createEl("tr", { cls: "intervisie-plan-messages" }).createEl("td", { attr: { colspan: "6", "aria-live": "polite" } });
		return { inputs, messages };
	});

	function refresh(): void {
		check(rows).forEach((found, i) => {
			const view = views[i];
			if (!view) return;
			view.messages.empty();
			view.messages.parentElement?.toggleClass("intervisie-hidden", found.length === 0);
			for (const input of Object.values(view.inputs)) {
				input.removeAttribute("aria-invalid");
				input.removeClass("intervisie-plan-flagged");
			}
			if (found.length === 0) return;
			const list = view.messages.createEl("ul");
			for (const message of found) {
				list.createEl("li", { cls: `intervisie-plan-${message.severity}`, text: rowMessageText(message, uiLanguage()) });
				const input = view.inputs[COLUMN_OF[message.code]];
				if (message.severity === "error") input.setAttr("aria-invalid", "true");
				else input.addClass("intervisie-plan-flagged");
			}
		});
	}
	refresh();
}
