import type { ButtonComponent } from "obsidian";
import { Modal, Notice, Setting } from "obsidian";
import { cancelSession } from "../../core/planning/cancel-session";
import { moveSession } from "../../core/planning/move-session";
import type { ChangeResult, FileChange } from "../../core/planning/session-changes";
import { SESSION_STATUSES } from "../../core/schema/kinds";
import type { SessionStatus } from "../../core/schema/kinds";
import type { SessionNote } from "../../core/schema/notes";
import type { FrontmatterValue } from "../../core/yaml/render-frontmatter";
import type { Services } from "../services";
import { TURN_STRINGS } from "../../core/i18n/turn-strings";
import { turnChanges } from "../../core/planning/turn-changes";
import { nameSettingControls } from "../name-controls";
import { ui, uiDay, uiLanguage } from "../ui-language";
import { sessionLabel } from "../modals/case-modal";
import { applyChanges } from "./apply-changes";
import { planningUi } from "./planning-ui";
import { changeProblemText } from "../../core/planning/plan-messages";

type Action = "move" | "cancel";

/** Move or cancel one session: choose, see every change it brings, then apply. */
export class MoveOrCancelModal extends Modal {
	private action: Action = "move";
	private date = "";
	private shift = false;
	private moveFields: HTMLElement[] = [];
	private changesEl: HTMLElement | null = null;
	private applyButton: ButtonComponent | null = null;
	private busy = false;

	constructor(
		private readonly services: Services,
		private readonly session: SessionNote,
		private readonly sessions: readonly SessionNote[],
		private readonly members: readonly string[],
	) {
		super(services.app);
	}

	onOpen(): void {
		const t = planningUi().move;
		this.setTitle(t.title(this.session.title));
		const el = this.contentEl;
		el.addClass("intervisie-form");
		if (this.session.date) el.createDiv({ cls: "intervisie-muted", text: uiDay(this.session.date, "compact") });
		new Setting(el).setName(t.action).addDropdown((dropdown) =>
			dropdown
				.addOption("move", t.actionMove)
				.addOption("cancel", t.actionCancel)
				.setValue(this.action)
				.onChange((value) => {
					this.action = value === "cancel" ? "cancel" : "move";
					this.refresh();
				}),
		);
		const date = new Setting(el).setName(t.newDate).addText((text) => {
			text.inputEl.type = "date";
			text.onChange((value) => {
				this.date = value.trim();
				this.refresh();
			});
		});
		const shift = new Setting(el)
			.setName(t.shift)
			.setDesc(t.shiftDesc)
			.addToggle((toggle) =>
				toggle.setValue(this.shift).onChange((on) => {
					this.shift = on;
					this.refresh();
				}),
			);
		this.moveFields = [date.settingEl, shift.settingEl];
		this.changesEl = el.createDiv({ cls: "intervisie-plan-changes", attr: { "aria-live": "polite" } });
		new Setting(el)
			.addButton((b) => b.setButtonText(t.cancel).onClick(() => this.close()))
			.addButton((b: ButtonComponent) => {
				this.applyButton = b;
				b.setButtonText(t.apply)
					.setCta()
					.onClick(() => void this.apply());
			});
		nameSettingControls(el);
		this.refresh();
	}

	onClose(): void {
		this.contentEl.empty();
	}

	private result(): ChangeResult | null {
		if (this.action === "cancel") return cancelSession({ sessions: this.sessions, target: this.session.path, members: this.members });
		if (this.date === "") return null;
		return moveSession({ sessions: this.sessions, target: this.session.path, date: this.date, shiftLater: this.shift });
	}

	private refresh(): void {
		const t = planningUi().move;
		for (const field of this.moveFields) field.toggle(this.action === "move");
		const el = this.changesEl;
		if (!el) return;
		el.empty();
		const result = this.result();
		this.nameButton(result);
		if (result === null) {
			el.createDiv({ cls: "intervisie-muted", text: t.noDateYet });
			return;
		}
		if (!result.ok) {
			el.createDiv({ cls: "intervisie-plan-problem", text: changeProblemText(result.problem, statusLabel(this.session.status), uiLanguage()), attr: { role: "alert" } });
			return;
		}
		const words = TURN_STRINGS[uiLanguage()];
		const turns = turnChanges(result.files, (path) => this.sessions.find((s) => s.path === path) ?? null);
		el.createDiv({ cls: "intervisie-subheading", text: words.heading });
		if (turns.length === 0) el.createDiv({ cls: "intervisie-muted", text: words.nobody });
		else {
			const people = el.createEl("ul", { cls: "intervisie-plan-turns" });
			for (const turn of turns) people.createEl("li", { text: words.change(turn) });
		}
		if (result.leftOver.length > 0) el.createDiv({ cls: "intervisie-plan-warning", text: t.leftOver(result.leftOver) });
		el.createDiv({ cls: "intervisie-subheading", text: t.changesHeading });
		if (result.files.length === 0) el.createDiv({ cls: "intervisie-muted", text: t.nothingChanges });
		const list = el.createEl("ul", { cls: "intervisie-plan-files" });
		const inTimeOrder = [...result.files].sort((a, b) => (a.date ?? "").localeCompare(b.date ?? "") || (a.number ?? 0) - (b.number ?? 0));
		for (const file of inTimeOrder) list.createEl("li", { text: describe(file) });
	}

	/** The button says what it will do: which session, and whether turns or later sessions move along. */
	private nameButton(result: ChangeResult | null): void {
		const words = TURN_STRINGS[uiLanguage()];
		const others = result?.ok ? result.files.some((f) => f.path !== this.session.path) : false;
		const label =
			this.action === "cancel"
				? words.cancelButton(this.session, others)
				: result?.ok
					? words.moveButton(this.session, uiDay(this.date, "text"), others)
					: planningUi().move.apply;
		this.applyButton?.setButtonText(label);
	}

	private async apply(): Promise<void> {
		if (this.busy) return;
		const t = planningUi().move;
		const result = this.result();
		if (result === null) {
			new Notice(t.noDateYet);
			return;
		}
		if (!result.ok) {
			new Notice(changeProblemText(result.problem, statusLabel(this.session.status), uiLanguage()));
			return;
		}
		this.busy = true;
		try {
			const done = await applyChanges(this.services, result.files);
			if (done < result.files.length) {
				new Notice(t.failed(done, result.files.length));
			} else {
				const others = result.files.filter((f) => f.path !== this.session.path).length;
				const summary = this.action === "cancel" ? t.cancelled(this.session.title, others) : t.moved(this.session.title, uiDay(this.date, "text"), others);
				new Notice(result.leftOver.length > 0 ? `${summary} ${t.leftOver(result.leftOver)}` : summary);
			}
			this.close();
		} finally {
			this.busy = false;
		}
	}
}

function statusLabel(status: SessionStatus): string {
	return ui().session.statuses[status];
}

/** "Session 4 (2026-04-06): Case-bringers Dirk → Carla; Facilitator Eva → Bram" */
function describe(file: FileChange): string {
	const t = planningUi().move;
	const changes = file.changes.map(({ key, from, to }) => {
		const label = key in t.labels ? t.labels[key as keyof typeof t.labels] : key;
		return `${label}: ${show(key, from)} → ${show(key, to)}`;
	});
	return `${sessionLabel(file.title, file.date)}: ${changes.join("; ")}`;
}

function show(key: string, value: FrontmatterValue): string {
	const empty = planningUi().move.empty;
	if (Array.isArray(value)) return value.length === 0 ? empty : value.join(", ");
	if (value === null || value === "") return empty;
	if (key === "date" && typeof value === "string") return uiDay(value, "compact");
	if (key === "status" && (SESSION_STATUSES as readonly unknown[]).includes(value)) return statusLabel(value as SessionStatus);
	return String(value);
}
