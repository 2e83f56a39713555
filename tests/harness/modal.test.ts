import { afterEach, describe, expect, it } from "vitest";
import { FuzzySuggestModal, Modal, Notice, SuggestModal } from "obsidian";
import type { App } from "obsidian";
import { createHarness } from "./harness";
import type { Harness } from "./harness";

class AskModal extends Modal {
	log: string[] = [];

	override onOpen(): void {
		this.setTitle("Ask");
		this.contentEl.createEl("p", { text: "Really?" });
		this.log.push("open");
	}

	override onClose(): void {
		this.contentEl.empty();
		this.log.push("close");
	}
}

class GoalPicker extends FuzzySuggestModal<string> {
	chosen: string | null = null;
	log: string[] = [];

	getItems(): string[] {
		return ["Listen better", "Ask open questions", "Summarise"];
	}

	getItemText(item: string): string {
		return item;
	}

	onChooseItem(item: string): void {
		this.log.push(`choose ${item}`);
		this.chosen = item;
	}

	override onClose(): void {
		this.log.push("close");
	}
}

class AsyncPicker extends SuggestModal<number> {
	chosen: number | null = null;

	async getSuggestions(query: string): Promise<number[]> {
		await new Promise((resolve) => window.setTimeout(resolve, 1));
		return [1, 2, 3, 12].filter((n) => String(n).includes(query));
	}

	renderSuggestion(value: number, el: HTMLElement): void {
		el.setText(`Number ${value}`);
	}

	onChooseSuggestion(item: number): void {
		this.chosen = item;
	}
}

let h: Harness;
afterEach(async () => {
	await h.dispose();
});

function obsApp(harness: Harness): App {
	return harness.app as unknown as App;
}

describe("modals", () => {
	it("open and close call onOpen and onClose; the harness lists open modals", () => {
		h = createHarness();
		const modal = new AskModal(obsApp(h));
		modal.open();
		expect(h.openModals()).toEqual([modal]);
		expect(h.lastModal(AskModal)).toBe(modal);
		expect(document.body.contains(modal.containerEl)).toBe(true);
		expect(modal.titleEl.getText()).toBe("Ask");
		expect(modal.contentEl.getText()).toBe("Really?");
		modal.containerEl.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
		expect(modal.log).toEqual(["open", "close"]);
		expect(h.openModals()).toEqual([]);
		expect(() => h.lastModal(AskModal)).toThrow(/No open AskModal/);
	});

	it("a fuzzy suggest modal filters on typing; choosing closes it first, then calls onChooseItem", async () => {
		h = createHarness();
		const picker = new GoalPicker(obsApp(h));
		picker.setPlaceholder("Pick a goal");
		picker.open();
		expect(picker.inputEl.placeholder).toBe("Pick a goal");
		const all = await h.typeQuery(picker, "");
		expect(all.map((m) => m.item)).toEqual(["Listen better", "Ask open questions", "Summarise"]);
		const found = await h.typeQuery(picker, "ask");
		expect(found.map((m) => m.item)).toEqual(["Ask open questions"]);
		await h.choose(picker, "Ask open questions");
		expect(picker.log).toEqual(["close", "choose Ask open questions"]);
		expect(h.openModals()).toEqual([]);
	});

	it("a suggest modal with async suggestions; Enter chooses the selected one", async () => {
		h = createHarness();
		const picker = new AsyncPicker(obsApp(h));
		picker.open();
		expect(await h.typeQuery(picker, "2")).toEqual([2, 12]);
		picker.inputEl.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowDown" }));
		picker.inputEl.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
		expect(picker.chosen).toBe(12);
	});

	it("shows the empty state when nothing matches", async () => {
		h = createHarness();
		const picker = new GoalPicker(obsApp(h));
		picker.open();
		expect(await h.typeQuery(picker, "zzz")).toEqual([]);
		expect(picker.resultContainerEl.getText()).toBe("No results found.");
		await expect(h.choose(picker, 0)).rejects.toThrow(/No suggestion/);
	});
});

describe("notices", () => {
	it("records every message, also from setMessage, and shows it in the DOM", () => {
		h = createHarness();
		const notice = new Notice("Saved");
		notice.setMessage(createFragment((f) => f.createSpan({ text: "Saved twice" })));
		expect(h.notices).toEqual(["Saved", "Saved twice"]);
		expect(notice.messageEl.getText()).toBe("Saved twice");
		notice.hide();
		expect(document.body.contains(notice.messageEl)).toBe(false);
	});
});
