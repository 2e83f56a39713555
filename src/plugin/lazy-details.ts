const FILLS = new WeakMap<HTMLDetailsElement, () => void>();

/**
 * Builds what `details` holds the first time it opens: rows behind a closed line cost nothing until a reader
 * asks to see them. Opened by the reader (a `toggle`) or by `openFilled`.
 */
export function fillWhenOpened(details: HTMLDetailsElement, fill: () => void): void {
	let filled = false;
	const once = (): void => {
		if (filled) return;
		filled = true;
		fill();
	};
	FILLS.set(details, once);
	details.addEventListener("toggle", () => {
		if (details.open) once();
	});
}

/** Opens `details` with what it holds built at once, so focus can return into it right away. */
export function openFilled(details: HTMLDetailsElement): void {
	details.open = true;
	FILLS.get(details)?.();
}
