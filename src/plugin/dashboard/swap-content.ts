/**
 * Replaces what `el` shows with `fragment` at once: no flicker, and the reader keeps their place (see `readerPlace`).
 */
export function swapContent(el: HTMLElement, fragment: DocumentFragment): void {
	const place = readerPlace(el);
	el.replaceChildren(fragment);
	place.restore();
}

/**
 * Where the reader is in `el`, to restore after a live update replaced some of it: the scroll position stays,
 * focus returns to the element with the same `data-key`, and a list opened before stays open.
 */
export function readerPlace(el: HTMLElement): { restore(): void } {
	const scrollTop = el.scrollTop;
	const active = el.ownerDocument.activeElement;
	const key = active && el.contains(active) ? (active.closest("[data-key]")?.getAttribute("data-key") ?? null) : null;
	const open = new Set(Array.from(el.querySelectorAll("details[open][data-key]"), (details) => details.getAttribute("data-key")));
	return {
		restore(): void {
			for (const details of Array.from(el.querySelectorAll<HTMLDetailsElement>("details[data-key]"))) {
				if (open.has(details.getAttribute("data-key"))) details.open = true;
			}
			el.scrollTop = scrollTop;
			// Focus that stayed in place (its part was kept) stays where it is.
			if (key === null || (active && el.contains(active))) return;
			// Compared as attributes rather than built into a selector: keys hold note paths with any character.
			Array.from(el.querySelectorAll<HTMLElement>("[data-key]"))
				.find((candidate) => candidate.getAttribute("data-key") === key)
				?.focus();
		},
	};
}
