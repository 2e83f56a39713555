/**
 * Replaces what `el` shows with `fragment` at once: no flicker, the scroll position stays, and focus
 * returns to the element with the same `data-key` and a list opened before stays open, so a live update does not
 * lose the reader's place.
 */
export function swapContent(el: HTMLElement, fragment: DocumentFragment): void {
	const scrollTop = el.scrollTop;
	const active = el.ownerDocument.activeElement;
	const key = active && el.contains(active) ? (active.closest("[data-key]")?.getAttribute("data-key") ?? null) : null;
	const open = new Set(Array.from(el.querySelectorAll("details[open][data-key]"), (details) => details.getAttribute("data-key")));
	el.replaceChildren(fragment);
	for (const details of Array.from(el.querySelectorAll<HTMLDetailsElement>("details[data-key]"))) {
		if (open.has(details.getAttribute("data-key"))) details.open = true;
	}
	el.scrollTop = scrollTop;
	if (key === null) return;
	// Compared as attributes rather than built into a selector: keys hold note paths with any character.
	Array.from(el.querySelectorAll<HTMLElement>("[data-key]"))
		.find((candidate) => candidate.getAttribute("data-key") === key)
		?.focus();
}
