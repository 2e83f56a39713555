import type { App } from "obsidian";
import { Modal, Setting } from "obsidian";
import type { OmittedWhat } from "../../core/privacy/omission";
import type { SharingStrings } from "../../core/i18n/sharing-strings";
import { LISTED_PARTS } from "../../core/privacy/omission";

export interface SharePreview {
	title: string;
	targetPath: string;
	updating: boolean;
	renameTo: string | null;
	addsId: boolean;
	omitted: readonly { what: OmittedWhat; line: number; excerpt: string }[];
}

/** Shows where the copy goes and what stays out of it, before anything is written. */
export class ShareModal extends Modal {
	constructor(
		app: App,
		private readonly preview: SharePreview,
		private readonly t: SharingStrings,
		private readonly actions: { share: () => Promise<void>; withdraw: (() => Promise<void>) | null },
	) {
		super(app);
	}

	onOpen(): void {
		const { contentEl, preview, t } = this;
		this.setTitle(t.title(preview.title));
		contentEl.addClass("intervisie-share");
		contentEl.createEl("p", { text: preview.updating ? t.update(preview.targetPath) : t.target(preview.targetPath) });
		if (preview.renameTo) contentEl.createEl("p", { text: t.rename(preview.renameTo) });
		if (preview.addsId) contentEl.createEl("p", { cls: "intervisie-muted", text: t.addsId });
		contentEl.createDiv({ cls: "intervisie-subheading", text: t.leftOutHeading });
		if (preview.omitted.length === 0) {
			contentEl.createEl("p", { text: t.nothingLeftOut });
		} else {
			const list = contentEl.createEl("ul", { cls: "intervisie-share-omitted" });
			for (const part of preview.omitted.slice(0, LISTED_PARTS)) {
				const item = list.createEl("li");
				// Properties have no line in the body.
				const where = part.what === "property" || part.line <= 0 ? "" : ` (${t.line(part.line)})`;
				item.createSpan({ cls: "intervisie-share-what", text: `${t.what[part.what]}${where}` });
				if (part.excerpt) item.createSpan({ cls: "intervisie-share-excerpt", text: ` “${part.excerpt}”` });
			}
			if (preview.omitted.length > LISTED_PARTS) list.createEl("li", { cls: "intervisie-muted", text: t.moreLeftOut(preview.omitted.length - LISTED_PARTS) });
		}
		const buttons = new Setting(contentEl);
		if (this.actions.withdraw) {
			const withdraw = this.actions.withdraw;
			// A warning colour through Obsidian's own class: `setDestructive` needs Obsidian 1.13.
			buttons.addButton((b) => {
				b.setButtonText(t.withdraw).onClick(() => this.run(withdraw));
				b.buttonEl.addClass("mod-warning");
			});
		}
		buttons.addButton((b) => b.setButtonText(t.cancel).onClick(() => this.close()));
		buttons.addButton((b) => b.setButtonText(t.share).setCta().onClick(() => this.run(this.actions.share)));
	}

	onClose(): void {
		this.contentEl.empty();
	}

	private busy = false;

	private async run(action: () => Promise<void>): Promise<void> {
		if (this.busy) return;
		this.busy = true;
		try {
			await action();
			this.close();
		} finally {
			this.busy = false;
		}
	}
}
