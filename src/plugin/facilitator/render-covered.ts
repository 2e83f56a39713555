import type { Covered } from "../../core/facilitator/facilitator-model";
import { facSection } from "./fac-section";
import type { FacilitatorSectionContext } from "./facilitator-context";

/** The themes and the methods of held sessions, each with how many sessions it came up in. */
export function renderCovered(parent: DocumentFragment, themes: readonly Covered[], methods: readonly Covered[], ctx: FacilitatorSectionContext): void {
	const { t } = ctx;
	const section = facSection(parent, "covered", t.sections.covered);
	const columns = section.createDiv({ cls: "intervisie-fac-covered-grid" });
	renderTally(columns, "themes", t.covered.themes, themes, t.covered.noThemes, ctx);
	renderTally(columns, "methods", t.covered.methods, methods, t.covered.noMethods, ctx);
}

function renderTally(parent: HTMLElement, name: string, title: string, items: readonly Covered[], none: string, { t }: FacilitatorSectionContext): void {
	const box = parent.createDiv({ cls: ["intervisie-fac-tally", `intervisie-fac-${name}`] });
	box.createEl("h4", { cls: "intervisie-fac-subtitle", text: title });
	if (items.length === 0) {
		box.createEl("p", { cls: "intervisie-dash-muted", text: none });
		return;
	}
	const list = box.createEl("ul", { cls: "intervisie-fac-tally-list" });
	for (const item of items) {
		const li = list.createEl("li");
		li.createSpan({ cls: "intervisie-fac-tally-name", text: item.name });
		li.createSpan({ cls: "intervisie-dash-muted", text: t.covered.count(item.count) });
	}
}
