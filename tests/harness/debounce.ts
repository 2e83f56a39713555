import type * as Obs from "../../node_modules/obsidian/obsidian";
import "./dom";

/**
 * Obsidian's `debounce`: calls `cb` with the latest arguments `timeout` ms after the first call
 * (after the last call when `resetTimer`). `cancel()` drops a pending call, `run()` runs it now.
 */
export function debounce<T extends unknown[], V>(cb: (...args: [...T]) => V, timeout = 0, resetTimer = false): Obs.Debouncer<T, V> {
	let timer: number | null = null;
	let pendingArgs: [...T] | null = null;

	const fire = (): V | void => {
		if (timer !== null) window.clearTimeout(timer);
		timer = null;
		const args = pendingArgs;
		pendingArgs = null;
		if (args) return cb(...args);
	};

	const debounced = ((...args: [...T]) => {
		pendingArgs = args;
		if (timer !== null && resetTimer) {
			window.clearTimeout(timer);
			timer = null;
		}
		if (timer === null) timer = window.setTimeout(fire, timeout);
		return debounced;
	}) as Obs.Debouncer<T, V>;
	debounced.cancel = () => {
		if (timer !== null) window.clearTimeout(timer);
		timer = null;
		pendingArgs = null;
		return debounced;
	};
	debounced.run = fire;
	return debounced;
}
