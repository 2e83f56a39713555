import type * as Obs from "../../node_modules/obsidian/obsidian";
import type { App } from "./app";
import { Modal } from "./modal";
import { prepareFuzzySearch, renderResults, sortSearchResults } from "./search";

/**
 * Obsidian's quick-pick: typing in `inputEl` updates the list, Enter or a click chooses. As in
 * Obsidian, choosing closes the modal first (`onClose`) and then calls `onChooseSuggestion`.
 */
export abstract class SuggestModal<T> extends Modal {
	limit = 100;
	emptyStateText = "No results found.";
	inputEl: HTMLInputElement;
	resultContainerEl: HTMLElement;
	readonly #instructionsEl: HTMLElement;
	#shown: T[] = [];
	#selected = 0;
	#version = 0;
	#ready: Promise<void> = Promise.resolve();

	constructor(app: App) {
		super(app);
		this.modalEl.addClass("prompt");
		this.contentEl.hide();
		const inputContainer = this.modalEl.createDiv({ cls: "prompt-input-container" });
		this.inputEl = inputContainer.createEl("input", { cls: "prompt-input", type: "text" });
		this.resultContainerEl = this.modalEl.createDiv({ cls: "prompt-results" });
		this.#instructionsEl = this.modalEl.createDiv({ cls: "prompt-instructions" });
		this.inputEl.addEventListener("input", () => this.#updateSuggestions());
		this.inputEl.addEventListener("keydown", (evt) => this.#onKey(evt));
	}

	override open(): void {
		super.open();
		this.#updateSuggestions();
	}

	setPlaceholder(placeholder: string): void {
		this.inputEl.setAttr("placeholder", placeholder);
	}

	setInstructions(instructions: Obs.Instruction[]): void {
		this.#instructionsEl.empty();
		for (const { command, purpose } of instructions) {
			const el = this.#instructionsEl.createDiv({ cls: "prompt-instruction" });
			el.createSpan({ cls: "prompt-instruction-command", text: command });
			el.createSpan({ text: purpose });
		}
	}

	onNoSuggestion(): void {}

	selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
		this.close();
		this.onChooseSuggestion(value, evt);
	}

	selectActiveSuggestion(evt: MouseEvent | KeyboardEvent): void {
		const value = this.#shown[this.#selected];
		if (value !== undefined) this.selectSuggestion(value, evt);
	}

	abstract getSuggestions(query: string): T[] | Promise<T[]>;

	abstract renderSuggestion(value: T, el: HTMLElement): void;

	abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;

	/** Harness only: settles when the list for the current query is rendered; then what it lists. */
	static async listed<T>(modal: SuggestModal<T>): Promise<T[]> {
		await modal.#ready;
		return [...modal.#shown];
	}

	#updateSuggestions(): void {
		const version = ++this.#version;
		const query = this.inputEl.value;
		this.#ready = Promise.resolve(this.getSuggestions(query)).then((values) => {
			if (version === this.#version) this.#render(values.slice(0, this.limit));
		});
	}

	#render(values: T[]): void {
		this.#shown = values;
		this.#selected = 0;
		this.resultContainerEl.empty();
		if (values.length === 0) {
			this.resultContainerEl.createDiv({ cls: "suggestion-empty", text: this.emptyStateText });
			this.onNoSuggestion();
			return;
		}
		values.forEach((value, index) => {
			const el = this.resultContainerEl.createDiv({ cls: "suggestion-item" });
			el.toggleClass("is-selected", index === 0);
			this.renderSuggestion(value, el);
			el.addEventListener("click", (evt) => this.selectSuggestion(value, evt as MouseEvent));
			el.addEventListener("mousemove", () => this.#select(index));
		});
	}

	#select(index: number): void {
		const items = Array.from(this.resultContainerEl.querySelectorAll(".suggestion-item"));
		this.#selected = Math.max(0, Math.min(index, items.length - 1));
		items.forEach((el, i) => el.toggleClass("is-selected", i === this.#selected));
	}

	#onKey(evt: KeyboardEvent): void {
		if (evt.key === "ArrowDown") this.#select(this.#selected + 1);
		else if (evt.key === "ArrowUp") this.#select(this.#selected - 1);
		else if (evt.key === "Enter" && !evt.isComposing) {
			evt.preventDefault();
			this.selectActiveSuggestion(evt);
		}
	}
}

/** A `SuggestModal` over `getItems()`, matched fuzzily on `getItemText`. */
export abstract class FuzzySuggestModal<T> extends SuggestModal<Obs.FuzzyMatch<T>> {
	getSuggestions(query: string): Obs.FuzzyMatch<T>[] {
		const items = this.getItems();
		if (query.trim() === "") return items.map((item) => ({ item, match: { score: 0, matches: [] } }));
		const search = prepareFuzzySearch(query);
		const results: Obs.FuzzyMatch<T>[] = [];
		for (const item of items) {
			const match = search(this.getItemText(item));
			if (match) results.push({ item, match });
		}
		sortSearchResults(results);
		return results;
	}

	renderSuggestion(item: Obs.FuzzyMatch<T>, el: HTMLElement): void {
		renderResults(el, this.getItemText(item.item), item.match);
	}

	onChooseSuggestion(item: Obs.FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
		this.onChooseItem(item.item, evt);
	}

	abstract getItems(): T[];

	abstract getItemText(item: T): string;

	abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;
}
