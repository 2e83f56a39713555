import { createSection } from "../dashboard/section";

/** A dashboard section that also carries `intervisie-fac-<name>`, so the two views' styles never mix. */
export function facSection(parent: DocumentFragment, name: string, title: string, hidden = false): HTMLElement {
	const section = createSection(parent, `fac-${name}`, title, hidden);
	section.addClass(`intervisie-fac-${name}`);
	return section;
}
