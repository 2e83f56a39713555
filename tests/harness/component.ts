import type * as Obs from "../../node_modules/obsidian/obsidian";
import "./dom";
import type { HarnessEventRef } from "./events";

const onloadResults = new WeakMap<Component, unknown>();

/** What the last `onload` returned (a promise when it is async), so the harness can await it. */
export function onloadResult(component: Component): unknown {
	return onloadResults.get(component);
}

/**
 * Obsidian's lifecycle unit: `load` runs `onload` then loads children; `unload` unloads children,
 * runs everything registered (newest first), then `onunload`. State lives in #private fields so a
 * plugin's own fields can never collide with it.
 */
export class Component implements Obs.Component {
	#loaded = false;
	readonly #children: Component[] = [];
	readonly #cleanups: (() => unknown)[] = [];

	load(): void {
		if (this.#loaded) return;
		this.#loaded = true;
		onloadResults.set(this, this.onload());
		for (const child of [...this.#children]) child.load();
	}

	onload(): void {}

	unload(): void {
		if (!this.#loaded) return;
		this.#loaded = false;
		while (this.#children.length > 0) this.#children.pop()?.unload();
		while (this.#cleanups.length > 0) this.#cleanups.pop()?.();
		this.onunload();
	}

	onunload(): void {}

	addChild<T extends Obs.Component>(component: T): T {
		this.#children.push(component as unknown as Component);
		if (this.#loaded) component.load();
		return component;
	}

	removeChild<T extends Obs.Component>(component: T): T {
		const index = this.#children.indexOf(component as unknown as Component);
		if (index >= 0) {
			this.#children.splice(index, 1);
			component.unload();
		}
		return component;
	}

	register(cb: () => unknown): void {
		this.#cleanups.push(cb);
	}

	registerEvent(eventRef: Obs.EventRef): void {
		const ref = eventRef as HarnessEventRef;
		this.register(() => ref.e.offref(ref));
	}

	registerDomEvent(
		el: Window | Document | HTMLElement,
		type: string,
		callback: (this: HTMLElement, ev: Event) => unknown,
		options?: boolean | AddEventListenerOptions,
	): void {
		const listener = callback;
		el.addEventListener(type, listener, options);
		this.register(() => el.removeEventListener(type, listener, options));
	}

	registerInterval(id: number): number {
		this.register(() => window.clearInterval(id));
		return id;
	}
}
