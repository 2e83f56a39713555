import type { App } from "obsidian";
import { Modal, Setting } from "obsidian";
import type { ExportStrings } from "../../core/i18n/export-strings";
import type { TrajectoryReportInput } from "../../core/report/report-input";
import type { TrajectoryNote } from "../../core/schema/notes";
import { nameControls, nameSettingControls } from "../name-controls";
import { uiDay } from "../ui-language";

/** Choose the trajectory and untick insights or actions to keep out; then the note is created. */
export class ExportReportModal extends Modal {
	private trajectory: string;
	private input: TrajectoryReportInput | null = null;
	private readonly excluded = new Set<string>();
	private listEl: HTMLElement | null = null;

	constructor(
		app: App,
		private readonly t: ExportStrings,
		private readonly trajectories: readonly TrajectoryNote[],
		private readonly load: (trajectoryPath: string) => Promise<TrajectoryReportInput>,
		private readonly create: (input: TrajectoryReportInput, include: (id: string) => boolean) => void,
	) {
		super(app);
		this.trajectory = trajectories[0]?.path ?? "";
	}

	onOpen(): void {
		const { contentEl, t } = this;
		this.setTitle(t.title);
		contentEl.addClass("intervisie-form", "intervisie-export");
		contentEl.createEl("p", { cls: "intervisie-muted", text: t.intro });
		if (this.trajectories.length > 1) {
			const trajectory = new Setting(contentEl).setName(t.trajectory).addDropdown((dropdown) => {
				for (const tr of this.trajectories) dropdown.addOption(tr.path, tr.name);
				dropdown.setValue(this.trajectory).onChange((value) => {
					this.trajectory = value;
					this.excluded.clear();
					void this.reload();
				});
			});
			nameControls(trajectory);
		}
		this.listEl = contentEl.createDiv();
		new Setting(contentEl)
			.addButton((b) => b.setButtonText(t.cancel).onClick(() => this.close()))
			.addButton((b) =>
				b
					.setButtonText(t.create)
					.setCta()
					.onClick(() => {
						if (!this.input) return;
						this.create(this.input, (id) => !this.excluded.has(id));
						this.close();
					}),
			);
		void this.reload();
	}

	onClose(): void {
		this.contentEl.empty();
	}

	private async reload(): Promise<void> {
		const wanted = this.trajectory;
		const input = await this.load(wanted);
		if (wanted !== this.trajectory) return;
		this.input = input;
		const el = this.listEl;
		if (!el) return;
		el.empty();
		const t = this.t;
		const group = (heading: string, items: readonly { id: string; label: string }[]) => {
			el.createDiv({ cls: "intervisie-subheading", text: heading });
			if (items.length === 0) el.createEl("p", { cls: "intervisie-muted", text: t.none });
			for (const item of items) {
				new Setting(el).setName(item.label).addToggle((toggle) =>
					toggle.setValue(!this.excluded.has(item.id)).onChange((on) => {
						if (on) this.excluded.delete(item.id);
						else this.excluded.add(item.id);
					}),
				);
			}
		};
		group(
			t.insights,
			input.insights.map((i) => ({ id: i.id, label: i.date === null ? i.text : `${uiDay(i.date, "compact")} ${i.text}` })),
		);
		group(
			t.actions,
			input.actions.map((a) => ({ id: a.id, label: a.text })),
		);
		nameSettingControls(el);
	}
}
