import type { App } from "obsidian";
import { Component, MarkdownRenderer, Modal, Setting } from "obsidian";
import type { OmittedWhat } from "../../core/privacy/omission";
import type { SharingStrings } from "../../core/i18n/sharing-strings";

export interface SharePreview {
	title: string;
	/** The note being shared: links in the preview resolve from it. */
	sourcePath: string;
	/** The copy's body as markdown, marked where private parts were left out. */
	markedBody: string;
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

	/** Owns what the renderer draws in the preview; unloaded when the modal closes. */
	private readonly renderer = new Component();

	onOpen(): void {
		const { contentEl, preview, t } = this;
		this.renderer.load();
		this.setTitle(t.title(preview.title));
		contentEl.addClass("intervisie-share");
		contentEl.createEl("p", { text: preview.updating ? t.update(preview.targetPath) : t.target(preview.targetPath) });
		if (preview.renameTo) contentEl.createEl("p", { text: t.rename(preview.renameTo) });
		if (preview.addsId) contentEl.createEl("p", { cls: "intervisie-muted", text: t.addsId });
		contentEl.createDiv({ cls: "intervisie-subheading", text: t.leftOutHeading });
		if (preview.omitted.length === 0) {
			contentEl.createEl("p", { text: t.nothingLeftOut });
		} else {
			// What is left out, by kind: each stands marked in place in the copy below.
			const list = contentEl.createEl("ul", { cls: "intervisie-share-omitted" });
			for (const [what, count] of countByKind(preview.omitted)) list.createEl("li", { text: count === 1 ? t.what[what] : `${t.what[what]} (${count})` });
		}
		contentEl.createDiv({ cls: "intervisie-subheading", text: t.copyHeading });
		const copy = contentEl.createDiv({ cls: "intervisie-share-copy markdown-rendered" });
		void MarkdownRenderer.render(this.app, preview.markedBody, copy, preview.sourcePath, this.renderer);
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
		this.renderer.unload();
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

function countByKind(omitted: SharePreview["omitted"]): Map<OmittedWhat, number> {
	const counts = new Map<OmittedWhat, number>();
	for (const part of omitted) counts.set(part.what, (counts.get(part.what) ?? 0) + 1);
	return counts;
}
