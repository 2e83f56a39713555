import type { App } from "obsidian";
import { ButtonComponent, Modal, Notice, Setting } from "obsidian";
import type { IntervisieMethod } from "../../core/methods/method";
import { methodSummary } from "../../core/methods/method-summary";
import type { DraftFields, DraftStore } from "../draft-store";
import { nameControls } from "../name-controls";
import { ui, uiLanguage } from "../ui-language";

export type Choice = readonly [value: string, label: string];

export interface FieldOptions {
	desc?: string;
	placeholder?: string;
	/** Input type for single-line fields: `date` and `number` give phones the right keyboard. */
	type?: "text" | "date" | "number";
	/** The input takes the full width under its label: for a long line such as a case question. */
	wide?: boolean;
	onChange?: (value: string) => void;
}

/**
 * A modal form whose every keystroke is kept as a draft: closing it any way (Esc, a tap outside, the back
 * button) loses nothing, and reopening brings the text back until the note is created.
 */
export abstract class DraftFormModal extends Modal {
	protected fields: DraftFields = {};
	/** The user's name typed in a form opened before it was set in the settings. */
	pendingName = "";
	private submitted = false;
	private busy = false;

	constructor(
		app: App,
		private readonly drafts: DraftStore,
		private readonly draftKey: string,
		private readonly defaults: DraftFields,
	) {
		super(app);
	}

	protected abstract title(): string;
	protected abstract build(container: HTMLElement): void;
	protected abstract submitLabel(): string;
	/** Creates the note; returns false to keep the modal open (the reason was shown). */
	protected abstract submit(): Promise<boolean>;

	onOpen(): void {
		const restored = this.drafts.get(this.draftKey);
		this.fields = { ...this.defaults, ...(restored ?? {}) };
		this.setTitle(this.title());
		this.contentEl.addClass("intervisie-form");
		if (restored) this.contentEl.createDiv({ cls: "intervisie-draft-restored", text: ui().common.draftRestored });
		this.build(this.contentEl);
		const buttons = new Setting(this.contentEl);
		buttons.addButton((b) => b.setButtonText(ui().common.cancel).onClick(() => this.close()));
		buttons.addButton((b: ButtonComponent) =>
			b
				.setButtonText(this.submitLabel())
				.setCta()
				.onClick(() => void this.trySubmit()),
		);
	}

	onClose(): void {
		if (!this.submitted) {
			this.drafts.set(this.draftKey, this.fields);
			void this.drafts.flush();
		}
		this.contentEl.empty();
	}

	protected value(key: string): string {
		return this.fields[key] ?? "";
	}

	protected setValue(key: string, value: string): void {
		this.fields[key] = value;
		this.drafts.set(this.draftKey, this.fields);
	}

	protected textField(container: HTMLElement, key: string, name: string, options: FieldOptions = {}): Setting {
		const setting = new Setting(container).setName(name);
		if (options.wide) setting.setClass("intervisie-area");
		if (options.desc) setting.setDesc(options.desc);
		setting.addText((text) => {
			text.inputEl.type = options.type ?? "text";
			if (options.placeholder) text.setPlaceholder(options.placeholder);
			text.setValue(this.value(key)).onChange((value) => {
				this.setValue(key, value);
				options.onChange?.(value);
			});
		});
		return nameControls(setting);
	}

	protected areaField(container: HTMLElement, key: string, name: string, options: FieldOptions = {}): Setting {
		const setting = new Setting(container).setName(name).setClass("intervisie-area");
		if (options.desc) setting.setDesc(options.desc);
		setting.addTextArea((area) => {
			area.inputEl.rows = 3;
			if (options.placeholder) area.setPlaceholder(options.placeholder);
			area.setValue(this.value(key)).onChange((value) => {
				this.setValue(key, value);
				options.onChange?.(value);
			});
		});
		return nameControls(setting);
	}

	/** A dropdown; choices are `[value, label]` pairs, in order (an object would put numeric keys first). */
	protected choiceField(container: HTMLElement, key: string, name: string, choices: readonly Choice[], options: FieldOptions = {}): Setting {
		const setting = new Setting(container).setName(name);
		if (options.desc) setting.setDesc(options.desc);
		setting.addDropdown((dropdown) => {
			for (const [value, label] of choices) dropdown.addOption(value, label);
			if (!choices.some(([value]) => value === this.value(key))) this.fields[key] = choices[0]?.[0] ?? "";
			dropdown.setValue(this.value(key)).onChange((value) => {
				this.setValue(key, value);
				options.onChange?.(value);
			});
		});
		return nameControls(setting);
	}

	/** An optional link to one of `notes`, "none" first; left out when there is no note to choose. */
	protected noteField<T extends { path: string }>(container: HTMLElement, key: string, name: string, none: string, notes: readonly T[], label: (note: T) => string, options: FieldOptions = {}): void {
		if (notes.length === 0) return;
		this.choiceField(container, key, name, [["", none], ...notes.map((note) => [note.path, label(note)] as const)], options);
	}

	/** A dropdown whose description follows the choice, so the user sees what an option means before choosing it. */
	protected describedChoiceField(container: HTMLElement, key: string, name: string, choices: readonly Choice[], describe: (value: string) => string): Setting {
		const setting = this.choiceField(container, key, name, choices, {
			onChange: (value) => {
				setting.setDesc(describe(value));
			},
		});
		setting.setDesc(describe(this.value(key)));
		return setting;
	}

	/** A method picker that describes the chosen method under it. */
	protected methodField(container: HTMLElement, key: string, methods: readonly IntervisieMethod[]): Setting {
		const language = uiLanguage();
		const describe = (id: string) => {
			const method = methods.find((m) => m.id === id) ?? methods[0];
			return method ? methodSummary(method, language) : "";
		};
		const setting = this.describedChoiceField(container, key, ui().common.method, methods.map((m) => [m.id, m.name[language]] as const), describe);
		setting.settingEl.addClass("intervisie-method-field");
		return setting;
	}

	protected toggleField(container: HTMLElement, key: string, name: string): Setting {
		return nameControls(
			new Setting(container).setName(name).addToggle((toggle) =>
				toggle.setValue(this.value(key) === "true").onChange((on) => this.setValue(key, on ? "true" : "false")),
			),
		);
	}

	private async trySubmit(): Promise<void> {
		if (this.busy) return;
		this.busy = true;
		try {
			if (await this.submit()) {
				this.submitted = true;
				await this.drafts.clear(this.draftKey);
				this.close();
			}
		} finally {
			this.busy = false;
		}
	}

	/** Shows why the form cannot be sent; the modal stays open with everything in it. */
	refuse(message: string): false {
		new Notice(message);
		return false;
	}
}
