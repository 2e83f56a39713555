import "./dom";
import { Component } from "./component";
import { setIcon } from "./icons";

/** A context menu item; a test clicks it with `menu.click(title)`. */
export class MenuItem {
	title = "";
	icon: string | null = null;
	checked: boolean | null = null;
	disabled = false;
	section = "";
	warning = false;
	callback: ((evt: MouseEvent | KeyboardEvent) => unknown) | null = null;
	readonly dom: HTMLElement;

	constructor(parent: HTMLElement) {
		this.dom = parent.createDiv({ cls: "menu-item" });
	}

	setTitle(title: string | DocumentFragment): this {
		this.title = typeof title === "string" ? title : (title.textContent ?? "");
		this.dom.setText(this.title);
		return this;
	}

	setIcon(icon: string | null): this {
		this.icon = icon;
		if (icon) setIcon(this.dom.createDiv({ cls: "menu-item-icon" }), icon);
		return this;
	}

	setChecked(checked: boolean | null): this {
		this.checked = checked;
		return this;
	}

	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		this.dom.toggleClass("is-disabled", disabled);
		return this;
	}

	setIsLabel(isLabel: boolean): this {
		this.dom.toggleClass("is-label", isLabel);
		return this;
	}

	setWarning(isWarning: boolean): this {
		this.warning = isWarning;
		return this;
	}

	setSection(section: string): this {
		this.section = section;
		return this;
	}

	onClick(callback: (evt: MouseEvent | KeyboardEvent) => unknown): this {
		this.callback = callback;
		return this;
	}

	setSubmenu(): Menu {
		return new Menu();
	}
}

export class MenuSeparator {}

const shown: Menu[] = [];

/** Obsidian's context menu. Shown menus are listed by `Menu.shown()` for tests. */
export class Menu extends Component {
	readonly items: (MenuItem | MenuSeparator)[] = [];
	readonly dom: HTMLElement = createDiv({ cls: "menu" });
	private hideCallbacks: (() => unknown)[] = [];

	setNoIcon(): this {
		return this;
	}

	setUseNativeMenu(useNativeMenu: boolean): this {
		void useNativeMenu;
		return this;
	}

	addItem(cb: (item: MenuItem) => unknown): this {
		const item = new MenuItem(this.dom);
		cb(item);
		this.items.push(item);
		return this;
	}

	addSeparator(): this {
		this.items.push(new MenuSeparator());
		return this;
	}

	showAtMouseEvent(evt: MouseEvent): this {
		void evt;
		return this.show();
	}

	showAtPosition(position: { x: number; y: number }, doc?: Document): this {
		void position;
		void doc;
		return this.show();
	}

	private show(): this {
		document.body.appendChild(this.dom);
		shown.push(this);
		this.load();
		return this;
	}

	hide(): this {
		this.dom.detach();
		const index = shown.indexOf(this);
		if (index >= 0) shown.splice(index, 1);
		this.unload();
		for (const cb of this.hideCallbacks.splice(0)) cb();
		return this;
	}

	close(): void {
		this.hide();
	}

	onHide(callback: () => unknown): void {
		this.hideCallbacks.push(callback);
	}

	/** Harness only: clicks the item with this title and closes the menu, as a user would. */
	click(title: string): void {
		const item = this.items.find((i): i is MenuItem => i instanceof MenuItem && i.title === title);
		if (!item) throw new Error(`No menu item "${title}"; have: ${this.titles().join(", ")}`);
		if (item.disabled) throw new Error(`Menu item "${title}" is disabled`);
		this.hide();
		item.callback?.(new MouseEvent("click"));
	}

	/** Harness only. */
	titles(): string[] {
		return this.items.filter((i): i is MenuItem => i instanceof MenuItem).map((i) => i.title);
	}

	/** Harness only: menus shown and not hidden yet, oldest first. */
	static shown(): Menu[] {
		return [...shown];
	}

	static forEvent(evt: MouseEvent): Menu {
		void evt;
		return new Menu();
	}
}
