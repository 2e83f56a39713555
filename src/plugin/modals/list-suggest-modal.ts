import type { App } from "obsidian";
import { FuzzySuggestModal } from "obsidian";

/** Fuzzy search over a fixed list, each item shown by `label`; `choose` gets the picked one. */
export class ListSuggestModal<T> extends FuzzySuggestModal<T> {
	constructor(
		app: App,
		private readonly items: readonly T[],
		placeholder: string,
		private readonly label: (item: T) => string,
		private readonly choose: (item: T) => void,
	) {
		super(app);
		this.setPlaceholder(placeholder);
	}

	getItems(): T[] {
		return [...this.items];
	}

	getItemText(item: T): string {
		return this.label(item);
	}

	onChooseItem(item: T): void {
		this.choose(item);
	}
}
