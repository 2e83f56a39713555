import { debounce } from "obsidian";

export type DraftFields = Record<string, string>;

/**
 * What a person typed into a modal, kept until the note is created: it survives Esc, a tap outside the
 * modal, Android's back button and a killed app. Saved shortly after typing stops, and at once on close.
 */
export class DraftStore {
	private readonly saveSoon = debounce(() => void this.persist(), 400, true);

	constructor(
		private readonly drafts: Record<string, DraftFields>,
		private readonly persist: () => Promise<void>,
	) {}

	get(key: string): DraftFields | null {
		const draft = this.drafts[key];
		return draft && Object.values(draft).some((v) => v.trim() !== "") ? { ...draft } : null;
	}

	set(key: string, fields: DraftFields): void {
		this.drafts[key] = { ...fields };
		this.saveSoon();
	}

	async clear(key: string): Promise<void> {
		delete this.drafts[key];
		this.saveSoon.cancel();
		await this.persist();
	}

	async flush(): Promise<void> {
		this.saveSoon.cancel();
		await this.persist();
	}
}
