import type { App } from "./app";
import "./dom";
import { Scope } from "./keymap";
import { reportError } from "./sinks";

/**
 * Obsidian's `Modal`: `open()` puts `containerEl` in the document and calls `onOpen`; `close()` takes
 * it out and calls `onClose`. Escape and the close button close it. Open modals are in `app.modals`.
 */
export class Modal {
	app: App;
	scope: Scope;
	containerEl: HTMLElement;
	modalEl: HTMLElement;
	titleEl: HTMLElement;
	contentEl: HTMLElement;
	shouldRestoreSelection = true;
	#closeCallback: (() => unknown) | null = null;
	#isOpen = false;

	constructor(app: App) {
		this.app = app;
		this.scope = new Scope(app.scope);
		this.containerEl = createDiv({ cls: "modal-container mod-dim" });
		this.containerEl.createDiv({ cls: "modal-bg" });
		this.modalEl = this.containerEl.createDiv({ cls: "modal" });
		const closeButton = this.modalEl.createDiv({ cls: "modal-close-button" });
		closeButton.addEventListener("click", () => this.close());
		const header = this.modalEl.createDiv({ cls: "modal-header" });
		this.titleEl = header.createDiv({ cls: "modal-title" });
		this.contentEl = this.modalEl.createDiv({ cls: "modal-content" });
		this.containerEl.addEventListener("keydown", (evt) => {
			if ((evt).key === "Escape" && !evt.defaultPrevented) this.close();
		});
	}

	open(): void {
		if (this.#isOpen) return;
		this.#isOpen = true;
		document.body.appendChild(this.containerEl);
		this.app.keymap.pushScope(this.scope);
		this.app.modals.push(this);
		try {
			const opened = this.onOpen();
			if (opened instanceof Promise) opened.catch(reportError);
		} catch (error) {
			reportError(error);
		}
	}

	close(): void {
		if (!this.#isOpen) return;
		this.#isOpen = false;
		this.containerEl.detach();
		this.app.keymap.popScope(this.scope);
		const index = this.app.modals.indexOf(this);
		if (index >= 0) this.app.modals.splice(index, 1);
		this.onClose();
		this.#closeCallback?.();
	}

	onOpen(): Promise<void> | void {}

	onClose(): void {}

	setTitle(title: string): this {
		this.titleEl.setText(title);
		return this;
	}

	setContent(content: string | DocumentFragment): this {
		this.contentEl.setText(content);
		return this;
	}

	setCloseCallback(callback: () => unknown): this {
		this.#closeCallback = callback;
		return this;
	}
}
