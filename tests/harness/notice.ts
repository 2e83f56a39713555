import "./dom";
import { recordNotice } from "./sinks";

function noticeContainer(): HTMLElement {
	const existing = document.body.find(".notice-container");
	return (existing) ?? document.body.createDiv({ cls: "notice-container" });
}

/** Obsidian's toast. Every message (also each `setMessage`) lands in the harness's `notices`. */
export class Notice {
	noticeEl: HTMLElement;
	containerEl: HTMLElement;
	messageEl: HTMLElement;
	/** Harness only: how long it would stay, in ms (0: until hidden). */
	readonly duration: number | undefined;

	constructor(message: string | DocumentFragment, duration?: number) {
		this.duration = duration;
		this.containerEl = noticeContainer();
		this.noticeEl = this.containerEl.createDiv({ cls: "notice" });
		this.messageEl = this.noticeEl.createDiv({ cls: "notice-message" });
		this.setMessage(message);
	}

	setMessage(message: string | DocumentFragment): this {
		this.messageEl.setText(message);
		recordNotice(this.messageEl.getText());
		return this;
	}

	hide(): void {
		this.noticeEl.detach();
	}
}
