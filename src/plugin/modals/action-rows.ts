import { Setting } from "obsidian";
import { ACTION_STRINGS } from "../../core/i18n/action-strings";
import { ui, uiLanguage } from "../ui-language";

/** Read and write access to a form's fields by key. */
export interface FormFields {
	value(key: string): string;
	setValue(key: string, value: string): void;
}

const ACTION = (n: number) => `action${n}`;
const DUE = (n: number) => `due${n}`;

/**
 * The report's next actions, one row each with its text and its date side by side. An empty action has no date;
 * it gets `suggestedDue` once something is typed. One row to begin with (more when a draft had more), and a
 * button adds the next.
 */
export function renderActionRows(el: HTMLElement, form: FormFields, suggestedDue: string): void {
	const t = ACTION_STRINGS[uiLanguage()];
	const rows = el.createDiv({ cls: "intervisie-action-rows" });
	let count = Math.max(1, actionCount(form));
	for (let n = 1; n <= count; n++) actionRow(rows, form, n, suggestedDue);
	const more = new Setting(el).addButton((button) =>
		button.setButtonText(t.addAction).onClick(() => {
			count += 1;
			actionRow(rows, form, count, suggestedDue).controlEl.querySelector("input")?.focus();
		}),
	);
	more.settingEl.addClass("intervisie-action-more");
}

/** How many action rows the form holds: up to the last one with text or a date. */
export function actionCount(form: Pick<FormFields, "value">): number {
	let last = 0;
	for (let n = 1; n <= 99; n++) if (form.value(ACTION(n)) || form.value(DUE(n))) last = n;
	return last;
}

function actionRow(rows: HTMLElement, form: FormFields, n: number, suggestedDue: string): Setting {
	const t = ACTION_STRINGS[uiLanguage()];
	let dateInput: HTMLInputElement | null = null;
	const setting = new Setting(rows).setName(ui().report.action(n)).setClass("intervisie-action-row");
	setting.addText((text) => {
		text.inputEl.setAttr("aria-label", ui().report.action(n));
		text.setPlaceholder(ui().report.actionPlaceholder);
		text.setValue(form.value(ACTION(n))).onChange((value) => {
			form.setValue(ACTION(n), value);
			if (value.trim() && !form.value(DUE(n)) && dateInput) {
				form.setValue(DUE(n), suggestedDue);
				dateInput.value = suggestedDue;
			}
		});
	});
	setting.addText((date) => {
		date.inputEl.type = "date";
		date.inputEl.setAttr("aria-label", t.dateOf(n));
		date.inputEl.addClass("intervisie-action-date");
		dateInput = date.inputEl;
		date.setValue(form.value(DUE(n))).onChange((value) => form.setValue(DUE(n), value));
	});
	return setting;
}
