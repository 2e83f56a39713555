import { openFilled } from "./lazy-details";

/** One part of a view, drawn from `input` alone: the same input draws the same elements. */
export interface ViewPart {
	/** Names the part among its siblings, the same from one draw to the next. */
	key: string;
	/** Everything the part is drawn from, as plain data (the words' language included). */
	input: unknown;
	draw(parent: DocumentFragment): void;
}

interface DrawnPart {
	key: string;
	signature: string;
	nodes: ChildNode[];
}

/**
 * Draws a view as a row of parts and, on every later draw, keeps the elements of each part whose input has not
 * changed: a change to one report redraws the parts it shows in, not the whole view. What is kept keeps its
 * state (focus, an open list, a half-typed date); what is drawn again gets the reader's place back.
 */
export class KeptParts {
	private drawn: DrawnPart[] = [];

	draw(el: HTMLElement, parts: readonly ViewPart[]): void {
		const before = new Map(this.drawn.map((part) => [part.key, part]));
		const next: DrawnPart[] = [];
		for (const part of parts) {
			const signature = JSON.stringify(part.input) ?? "";
			const old = before.get(part.key);
			if (old && old.signature === signature && old.nodes.every((node) => node.parentNode === el)) {
				before.delete(part.key);
				next.push(old);
				continue;
			}
			const fragment = createFragment();
			part.draw(fragment);
			next.push({ key: part.key, signature, nodes: Array.from(fragment.childNodes) });
		}
		const place = readerPlace(el);
		for (const gone of before.values()) for (const node of gone.nodes) node.remove();
		let cursor = el.firstChild;
		for (const node of next.flatMap((part) => part.nodes)) {
			if (node === cursor) cursor = cursor.nextSibling;
			else el.insertBefore(node, cursor);
		}
		// Anything else the view held (an earlier way of drawing it, an empty state) goes.
		while (cursor) {
			const after: ChildNode | null = cursor.nextSibling;
			cursor.remove();
			cursor = after;
		}
		this.drawn = next;
		place.restore();
	}

	/** Forgets what was drawn, so the next draw draws every part. */
	forget(): void {
		this.drawn = [];
	}
}

/**
 * Where the reader is in `el`, to restore after a live update replaced some of it: the scroll position stays,
 * focus returns to the element with the same `data-key`, and a list opened before stays open.
 */
function readerPlace(el: HTMLElement): { restore(): void } {
	const scrollTop = el.scrollTop;
	const active = el.ownerDocument.activeElement;
	const key = active && el.contains(active) ? (active.closest("[data-key]")?.getAttribute("data-key") ?? null) : null;
	const open = new Set(Array.from(el.querySelectorAll("details[open][data-key]"), (details) => details.getAttribute("data-key")));
	return {
		restore(): void {
			for (const details of Array.from(el.querySelectorAll<HTMLDetailsElement>("details[data-key]"))) {
				if (open.has(details.getAttribute("data-key"))) openFilled(details);
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
