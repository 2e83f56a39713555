import type * as Obs from "../../node_modules/obsidian/obsidian";

/** Key handlers registered by a modal or view; the harness does not dispatch keys to them itself. */
export class Scope implements Obs.Scope {
	readonly handlers: Obs.KeymapEventHandler[] = [];

	constructor(readonly parent?: Scope) {}

	register(modifiers: Obs.Modifier[] | null, key: string | null, func: Obs.KeymapEventListener): Obs.KeymapEventHandler {
		const handler = { scope: this, modifiers: modifiers ? modifiers.join(",") : null, key, func } as Obs.KeymapEventHandler & {
			func: Obs.KeymapEventListener;
		};
		this.handlers.push(handler);
		return handler;
	}

	unregister(handler: Obs.KeymapEventHandler): void {
		const index = this.handlers.indexOf(handler);
		if (index >= 0) this.handlers.splice(index, 1);
	}
}

export class Keymap implements Obs.Keymap {
	readonly scopes: Scope[] = [];

	pushScope(scope: Scope): void {
		this.scopes.push(scope);
	}

	popScope(scope: Scope): void {
		const index = this.scopes.indexOf(scope);
		if (index >= 0) this.scopes.splice(index, 1);
	}

	/** `Mod` is Ctrl here (the harness is not a Mac). */
	static isModifier(evt: MouseEvent | TouchEvent | KeyboardEvent, modifier: Obs.Modifier): boolean {
		switch (modifier) {
			case "Mod":
			case "Ctrl":
				return evt.ctrlKey;
			case "Meta":
				return evt.metaKey;
			case "Shift":
				return evt.shiftKey;
			case "Alt":
				return evt.altKey;
		}
	}

	static isModEvent(evt?: Obs.UserEvent | null): Obs.PaneType | boolean {
		if (!evt) return false;
		const mod = evt.ctrlKey || evt.metaKey;
		if (mod && evt.altKey && evt.shiftKey) return "window";
		if (mod && evt.altKey) return "split";
		if (mod) return "tab";
		return (evt as MouseEvent).button === 1 ? "tab" : false;
	}
}
