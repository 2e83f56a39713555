/**
 * A titled section of the dashboard; its heading names it for screen readers too. A `hidden` title is
 * there only for them, where a visible heading would repeat what the section itself shows.
 */
export function createSection(parent: DocumentFragment | HTMLElement, name: string, title: string, hidden = false): HTMLElement {
	// Named by aria-label, not by an id: two dashboards can be open at once.
	const section = parent.createEl("section", { cls: ["intervisie-dash-section", `intervisie-dash-${name}`], attr: { "aria-label": title } });
	const cls = hidden ? ["intervisie-dash-section-title", "intervisie-dash-visually-hidden"] : "intervisie-dash-section-title";
	section.createEl("h3", { cls, text: title });
	return section;
}
