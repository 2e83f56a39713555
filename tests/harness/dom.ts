/**
 * A happy-dom window installed as the global DOM, with the helpers Obsidian adds to `Node`,
 * `Element`, `HTMLElement` and the global scope (`createEl`, `setText`, `addClass`, `empty` …).
 * Importing this module is enough; it installs once per process.
 */
import { Window as HappyWindow } from "happy-dom";
import type {} from "../../node_modules/obsidian/obsidian";
import { reportError } from "./sinks";

/** The process's global object, where the DOM is installed (in Obsidian it is the window itself). */
const host = globalThis;
type DomWindow = Window & typeof host;
type HostRecord = Record<string | symbol, unknown>;
type AttrValue = string | number | boolean | null;
type ElInfo = DomElementInfo | SvgElementInfo;

const INSTALLED = Symbol.for("obsidian-harness.dom");
const SVG_NS = "http://www.w3.org/2000/svg";

/** Web APIs Node already provides; the DOM must not replace them. */
const KEEP_NODE_GLOBALS = new Set([
	"Blob", "File", "URL", "URLSearchParams", "WritableStream", "ReadableStream", "TransformStream",
	"PerformanceObserver", "PerformanceEntry", "PerformanceObserverEntryList", "TextEncoder", "TextDecoder",
	"AbortController", "AbortSignal", "MessagePort", "MessageEvent", "Headers", "Request", "Response",
	"FormData", "WebSocket",
]);

/** DOM classes that Node also defines but that must be happy-dom's to work on happy-dom nodes. */
const REPLACE_NODE_GLOBALS = new Set(["Event", "CustomEvent", "EventTarget", "DOMException"]);

const WINDOW_VALUES = [
	"window", "document", "navigator", "location", "history", "screen", "localStorage", "sessionStorage",
	"customElements", "getComputedStyle", "getSelection", "matchMedia", "requestAnimationFrame",
	"cancelAnimationFrame", "innerWidth", "innerHeight", "devicePixelRatio",
];

export function domWindow(): DomWindow {
	const existing = (host as unknown as HostRecord)[INSTALLED];
	if (existing) return existing as DomWindow;
	const win = createWindow();
	installGlobals(win);
	installNodeHelpers(win);
	installElementHelpers(win);
	installGlobalHelpers(win);
	(host as unknown as HostRecord)[INSTALLED] = win;
	return win;
}

function createWindow(): DomWindow {
	const happy = new HappyWindow({
		url: "http://localhost/",
		settings: {
			disableJavaScriptEvaluation: true,
			disableJavaScriptFileLoading: true,
			disableCSSFileLoading: true,
			navigation: { disableMainFrameNavigation: true },
		},
	});
	const win = happy as unknown as DomWindow;
	// Timers resolve through the global scope at call time, as in Obsidian where `window` is the global:
	// fake timers installed by a test then apply to `window.setTimeout` too.
	const timers = ["setTimeout", "clearTimeout", "setInterval", "clearInterval"] as const;
	for (const name of timers) {
		Object.defineProperty(win, name, {
			configurable: true,
			writable: true,
			value: (...args: unknown[]) => (host[name] as (...a: unknown[]) => unknown)(...args),
		});
	}
	win.addEventListener("error", (event) => reportError((event).error ?? event));
	win.document.body.classList.add("theme-light");
	return win;
}

function define(target: object, name: string, value: unknown): void {
	Object.defineProperty(target, name, { configurable: true, writable: true, enumerable: false, value });
}

function installGlobals(win: DomWindow): void {
	const source = win as unknown as Record<string, unknown>;
	for (const name of Object.getOwnPropertyNames(win)) {
		if (!/^[A-Z]/.test(name) || typeof source[name] !== "function" || KEEP_NODE_GLOBALS.has(name)) continue;
		if (name in host && !REPLACE_NODE_GLOBALS.has(name)) continue;
		define(host, name, source[name]);
	}
	for (const name of WINDOW_VALUES) {
		const value = source[name];
		define(host, name, typeof value === "function" && name !== "window" ? value.bind(win) : value);
	}
	define(host, "activeWindow", win);
	define(host, "activeDocument", win.document);
	define(win, "activeWindow", win);
	define(win, "activeDocument", win.document);
}

function normalizeInfo(o: ElInfo | string | undefined): ElInfo {
	if (typeof o === "string") return { cls: o };
	return o ?? {};
}

function applyAttrs(el: Element, attrs: Record<string, AttrValue> | undefined): void {
	if (!attrs) return;
	for (const [name, value] of Object.entries(attrs)) setAttr(el, name, value);
}

function setAttr(el: Element, name: string, value: AttrValue): void {
	if (value === null) el.removeAttribute(name);
	else el.setAttribute(name, String(value));
}

function setClasses(el: Element, cls: string | string[] | undefined): void {
	if (cls === undefined) return;
	const value = Array.isArray(cls) ? cls.join(" ") : cls;
	if (value) el.setAttribute("class", value);
}

function attach(el: Element, parent: Node | undefined, prepend: boolean | undefined): void {
	if (!parent) return;
	if (prepend) parent.insertBefore(el, parent.firstChild);
	else parent.appendChild(el);
}

function setText(el: Element, text: string | DocumentFragment): void {
	if (typeof text === "string") {
		el.textContent = text;
		return;
	}
	while (el.firstChild) el.removeChild(el.firstChild);
	el.appendChild(text);
}

function buildEl(doc: Document, tag: string, o: ElInfo | string | undefined, cb?: (el: never) => void): HTMLElement {
	const info = normalizeInfo(o) as DomElementInfo;
	const el = doc.createElement(tag);
	setClasses(el, info.cls);
	if (info.text !== undefined) setText(el, info.text);
	applyAttrs(el, info.attr);
	if (info.title !== undefined) el.title = info.title;
	if (info.type !== undefined) el.setAttribute("type", info.type);
	if (info.value !== undefined) (el as HTMLInputElement).value = info.value;
	if (info.placeholder !== undefined) el.setAttribute("placeholder", info.placeholder);
	if (info.href !== undefined) el.setAttribute("href", info.href);
	attach(el, info.parent, info.prepend);
	cb?.(el as never);
	return el;
}

function buildSvg(doc: Document, tag: string, o: SvgElementInfo | string | undefined, cb?: (el: never) => void): SVGElement {
	const info = normalizeInfo(o);
	const el = doc.createElementNS(SVG_NS, tag);
	setClasses(el, info.cls);
	applyAttrs(el, info.attr);
	attach(el, info.parent, info.prepend);
	cb?.(el as never);
	return el;
}

function docOf(node: Node, win: DomWindow): Document {
	return node.ownerDocument ?? (node as unknown as Document).defaultView?.document ?? win.document;
}

function installNodeHelpers(win: DomWindow): void {
	const proto = win.Node.prototype;
	define(proto, "createEl", function (this: Node, tag: string, o?: DomElementInfo | string, cb?: (el: never) => void) {
		const info = { ...normalizeInfo(o), parent: this } as DomElementInfo;
		return buildEl(docOf(this, win), tag, info, cb);
	});
	define(proto, "createDiv", function (this: Node, o?: DomElementInfo | string, cb?: (el: never) => void) {
		return buildEl(docOf(this, win), "div", { ...normalizeInfo(o), parent: this }, cb);
	});
	define(proto, "createSpan", function (this: Node, o?: DomElementInfo | string, cb?: (el: never) => void) {
		return buildEl(docOf(this, win), "span", { ...normalizeInfo(o), parent: this }, cb);
	});
	define(proto, "createSvg", function (this: Node, tag: string, o?: SvgElementInfo | string, cb?: (el: never) => void) {
		const info = { ...normalizeInfo(o), parent: this } as SvgElementInfo;
		return buildSvg(docOf(this, win), tag, info, cb);
	});
	define(proto, "empty", function (this: Node) {
		while (this.firstChild) this.removeChild(this.firstChild);
	});
	define(proto, "detach", function (this: Node) {
		this.parentNode?.removeChild(this);
	});
	define(proto, "appendText", function (this: Node, val: string) {
		this.appendChild(docOf(this, win).createTextNode(val));
	});
	define(proto, "instanceOf", function (this: Node, type: new () => unknown) {
		return Object.prototype.isPrototypeOf.call(type.prototype, this);
	});
	define(proto, "insertAfter", function (this: Node, node: Node, child: Node | null) {
		this.insertBefore(node, child ? child.nextSibling : this.firstChild);
		return node;
	});
	define(proto, "indexOf", function (this: Node, other: Node) {
		return Array.prototype.indexOf.call(this.childNodes, other);
	});
	define(proto, "setChildrenInPlace", function (this: Node, children: Node[]) {
		const keep = new Set(children);
		for (const child of Array.from(this.childNodes)) if (!keep.has(child)) this.removeChild(child);
		for (const child of children) this.appendChild(child);
	});
	Object.defineProperty(proto, "doc", { configurable: true, get(this: Node) { return docOf(this, win); } });
	Object.defineProperty(proto, "win", { configurable: true, get(this: Node) { return docOf(this, win).defaultView ?? win; } });
	Object.defineProperty(proto, "constructorWin", { configurable: true, get() { return win; } });
	const fragment = win.DocumentFragment.prototype;
	define(fragment, "find", function (this: DocumentFragment, selector: string) {
		return this.querySelector(selector);
	});
	define(fragment, "findAll", function (this: DocumentFragment, selector: string) {
		return Array.from(this.querySelectorAll(selector));
	});
}

function matchParent(start: Element, selector: string, lastParent?: Element): Element | null {
	for (let el: Element | null = start; el && el !== lastParent; el = el.parentElement) {
		if (el.matches(selector)) return el;
	}
	return null;
}

function classList(classes: string | string[]): string[] {
	return Array.isArray(classes) ? classes : [classes];
}

function installElementHelpers(win: DomWindow): void {
	const proto = win.Element.prototype;
	define(proto, "getText", function (this: Element) {
		return this.textContent ?? "";
	});
	define(proto, "setText", function (this: Element, val: string | DocumentFragment) {
		setText(this, val);
	});
	define(proto, "addClass", function (this: Element, ...classes: string[]) {
		this.classList.add(...classes);
	});
	define(proto, "addClasses", function (this: Element, classes: string[]) {
		this.classList.add(...classes);
	});
	define(proto, "removeClass", function (this: Element, ...classes: string[]) {
		this.classList.remove(...classes);
	});
	define(proto, "removeClasses", function (this: Element, classes: string[]) {
		this.classList.remove(...classes);
	});
	define(proto, "toggleClass", function (this: Element, classes: string | string[], value: boolean) {
		for (const cls of classList(classes)) this.classList.toggle(cls, value);
	});
	define(proto, "hasClass", function (this: Element, cls: string) {
		return this.classList.contains(cls);
	});
	define(proto, "setAttr", function (this: Element, name: string, value: AttrValue) {
		setAttr(this, name, value);
	});
	define(proto, "setAttrs", function (this: Element, attrs: Record<string, AttrValue>) {
		applyAttrs(this, attrs);
	});
	define(proto, "getAttr", function (this: Element, name: string) {
		return this.getAttribute(name);
	});
	define(proto, "matchParent", function (this: Element, selector: string, lastParent?: Element) {
		return matchParent(this, selector, lastParent);
	});
	define(proto, "getCssPropertyValue", function (this: Element, property: string, pseudo?: string) {
		return win.getComputedStyle(this, pseudo).getPropertyValue(property);
	});
	define(proto, "isActiveElement", function (this: Element) {
		return this.ownerDocument.activeElement === this;
	});
	define(proto, "find", function (this: Element, selector: string) {
		return this.querySelector(selector);
	});
	define(proto, "findAll", function (this: Element, selector: string) {
		return Array.from(this.querySelectorAll(selector));
	});
	define(proto, "findAllSelf", function (this: Element, selector: string) {
		const found = Array.from(this.querySelectorAll(selector));
		return this.matches(selector) ? [this, ...found] : found;
	});
	installHtmlElementHelpers(win);
}

/** Shown unless it or an ancestor has `display: none` (happy-dom does no layout). */
function isShown(start: HTMLElement): boolean {
	for (let el: HTMLElement | null = start; el; el = el.parentElement) if (el.style.display === "none") return false;
	return true;
}

function installHtmlElementHelpers(win: DomWindow): void {
	const proto = win.HTMLElement.prototype;
	define(proto, "show", function (this: HTMLElement) {
		this.style.display = "";
	});
	define(proto, "hide", function (this: HTMLElement) {
		this.style.display = "none";
	});
	define(proto, "toggle", function (this: HTMLElement, show: boolean) {
		this.style.display = show ? "" : "none";
	});
	define(proto, "toggleVisibility", function (this: HTMLElement, visible: boolean) {
		this.style.visibility = visible ? "" : "hidden";
	});
	define(proto, "isShown", function (this: HTMLElement) {
		return isShown(this);
	});
	define(proto, "setCssStyles", function (this: HTMLElement, styles: Partial<CSSStyleDeclaration>) {
		Object.assign(this.style, styles);
	});
	define(proto, "setCssProps", function (this: HTMLElement, props: Record<string, string>) {
		for (const [name, value] of Object.entries(props)) this.style.setProperty(name, value);
	});
	define(proto, "onClickEvent", function (this: HTMLElement, listener: (ev: MouseEvent) => unknown, options?: boolean | AddEventListenerOptions) {
		this.addEventListener("click", listener as EventListener, options);
		this.addEventListener("auxclick", listener as EventListener, options);
	});
	define(proto, "trigger", function (this: HTMLElement, eventType: string) {
		this.dispatchEvent(new win.Event(eventType, { bubbles: true, cancelable: true }));
	});
	installDelegation(proto);
}

interface Delegated {
	selector: string;
	listener: (ev: Event, target: HTMLElement) => unknown;
	callback: EventListener;
	options?: boolean | AddEventListenerOptions;
}

const DELEGATED = new WeakMap<EventTarget, Map<string, Delegated[]>>();

function installDelegation(proto: HTMLElement): void {
	define(proto, "on", function (this: HTMLElement, type: string, selector: string, listener: Delegated["listener"], options?: boolean | AddEventListenerOptions) {
		const callback: EventListener = (ev) => {
			const target = ev.target as Element | null;
			const match = target?.closest?.<HTMLElement>(selector);
			if (match && this.contains(match)) listener.call(this, ev, match);
		};
		const byType = DELEGATED.get(this) ?? new Map<string, Delegated[]>();
		DELEGATED.set(this, byType);
		byType.set(type, [...(byType.get(type) ?? []), { selector, listener, callback, options }]);
		this.addEventListener(type, callback, options);
	});
	define(proto, "off", function (this: HTMLElement, type: string, selector: string, listener: Delegated["listener"]) {
		const list = DELEGATED.get(this)?.get(type) ?? [];
		for (const entry of list.filter((e) => e.selector === selector && e.listener === listener)) {
			this.removeEventListener(type, entry.callback, entry.options);
			list.splice(list.indexOf(entry), 1);
		}
	});
}

function installGlobalHelpers(win: DomWindow): void {
	const doc = win.document;
	const helpers: Record<string, unknown> = {
		createEl: (tag: string, o?: DomElementInfo | string, cb?: (el: never) => void) => buildEl(doc, tag, o, cb),
		createDiv: (o?: DomElementInfo | string, cb?: (el: never) => void) => buildEl(doc, "div", o, cb),
		createSpan: (o?: DomElementInfo | string, cb?: (el: never) => void) => buildEl(doc, "span", o, cb),
		createSvg: (tag: string, o?: SvgElementInfo | string, cb?: (el: never) => void) => buildSvg(doc, tag, o, cb),
		createFragment: (cb?: (el: DocumentFragment) => void) => {
			const fragment = doc.createDocumentFragment();
			cb?.(fragment);
			return fragment;
		},
		fish: (selector: string) => doc.querySelector(selector),
		fishAll: (selector: string) => Array.from(doc.querySelectorAll(selector)),
		isBoolean: (obj: unknown) => typeof obj === "boolean",
		sleep: (ms: number) => new Promise<void>((resolve) => host.setTimeout(resolve, ms)),
		nextFrame: () => new Promise<void>((resolve) => host.setTimeout(resolve, 0)),
		ready: (fn: () => unknown) => void fn(),
	};
	for (const [name, value] of Object.entries(helpers)) {
		define(host, name, value);
		define(win, name, value);
	}
	const uiEvent = win.UIEvent.prototype;
	define(uiEvent, "instanceOf", function (this: Event, type: new (...data: unknown[]) => unknown) {
		return this instanceof type;
	});
	Object.defineProperty(uiEvent, "targetNode", { configurable: true, get(this: Event) { return this.target as Node | null; } });
	Object.defineProperty(uiEvent, "win", { configurable: true, get() { return win; } });
	Object.defineProperty(uiEvent, "doc", { configurable: true, get() { return doc; } });
}

/** Names a bundle evaluated in its own context needs to see the same DOM as the tests. */
export function domGlobalNames(): string[] {
	const win = domWindow() as unknown as Record<string, unknown>;
	const names = Object.getOwnPropertyNames(win).filter(
		(name) => /^[A-Z]/.test(name) && typeof win[name] === "function" && !KEEP_NODE_GLOBALS.has(name),
	);
	return [...names, ...WINDOW_VALUES];
}

domWindow();
