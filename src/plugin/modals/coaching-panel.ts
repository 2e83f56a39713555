/** One coaching line: met or not, and what to do about it. */
export interface CoachingLine {
	met: boolean;
	message: string;
}

/** Hints, never errors: unmet criteria as advice, and a short word when all are met. Text only, no HTML; no heading when it is empty. */
export function renderCoaching(el: HTMLElement, heading: string, allMet: string, lines: readonly CoachingLine[]): void {
	el.empty();
	if (lines.length === 0) return;
	const open = lines.filter((l) => !l.met);
	if (heading) el.createDiv({ cls: "intervisie-coaching-heading", text: heading });
	if (open.length === 0) {
		el.createDiv({ cls: "intervisie-coaching-ok", text: allMet });
		return;
	}
	const list = el.createEl("ul", { cls: "intervisie-coaching-list" });
	for (const line of open) list.createEl("li", { text: line.message });
}
