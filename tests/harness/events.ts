import type * as Obs from "../../node_modules/obsidian/obsidian";
import { reportError } from "./sinks";

type Callback = (...data: unknown[]) => unknown;

/** What `on` returns; `offref` takes it back. */
export interface HarnessEventRef extends Obs.EventRef {
	e: Events;
	name: string;
	fn: Callback;
	ctx: unknown;
}

/** Obsidian's event emitter: handlers run in order; a throwing handler is logged, the rest still run. */
export class Events implements Obs.Events {
	readonly #handlers = new Map<string, HarnessEventRef[]>();

	on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): Obs.EventRef {
		const ref: HarnessEventRef = { e: this, name, fn: callback as Callback, ctx };
		this.#handlers.set(name, [...(this.#handlers.get(name) ?? []), ref]);
		return ref;
	}

	off(name: string, callback: (...data: never[]) => unknown): void {
		const list = this.#handlers.get(name);
		if (!list) return;
		this.#handlers.set(name, list.filter((ref) => ref.fn !== callback));
	}

	offref(ref: Obs.EventRef): void {
		const own = ref as HarnessEventRef;
		const list = this.#handlers.get(own.name);
		if (!list) return;
		this.#handlers.set(own.name, list.filter((r) => r !== own));
	}

	trigger(name: string, ...data: unknown[]): void {
		for (const ref of [...(this.#handlers.get(name) ?? [])]) this.tryTrigger(ref, data);
	}

	tryTrigger(evt: Obs.EventRef, args: unknown[]): void {
		const ref = evt as HarnessEventRef;
		try {
			ref.fn.apply(ref.ctx, args);
		} catch (error) {
			reportError(error);
		}
	}

	/** Harness only: how many handlers listen to `name`. */
	listenerCount(name: string): number {
		return this.#handlers.get(name)?.length ?? 0;
	}
}
