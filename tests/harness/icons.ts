import "./dom";

const custom = new Map<string, string>();

/** An SVG naming its icon (`data-icon`); the harness has no icon set, so any id draws. */
export function getIcon(iconId: string): SVGSVGElement | null {
	if (iconId === "") return null;
	const svg = createSvg("svg", { cls: ["svg-icon", `lucide-${iconId}`], attr: { "data-icon": iconId, viewBox: "0 0 24 24" } });
	const content = custom.get(iconId);
	if (content !== undefined) {
		const parsed = new DOMParser().parseFromString(`<svg xmlns="http://www.w3.org/2000/svg">${content}</svg>`, "image/svg+xml");
		for (const child of Array.from(parsed.documentElement.childNodes)) svg.appendChild(document.importNode(child, true));
	}
	return svg;
}

export function setIcon(parent: HTMLElement, iconId: string): void {
	parent.empty();
	const svg = getIcon(iconId);
	if (svg) parent.appendChild(svg);
}

export function addIcon(iconId: string, svgContent: string): void {
	custom.set(iconId, svgContent);
}

export function removeIcon(iconId: string): void {
	custom.delete(iconId);
}

export function getIconIds(): string[] {
	return [...custom.keys()];
}

/** Obsidian shows tooltips from `aria-label`. */
export function setTooltip(el: HTMLElement, tooltip: string, options?: unknown): void {
	void options;
	el.setAttr("aria-label", tooltip);
}

export function displayTooltip(newTargetEl: HTMLElement, content: string | DocumentFragment, options?: unknown): void {
	void options;
	newTargetEl.setAttr("aria-label", typeof content === "string" ? content : (content.textContent ?? ""));
}
