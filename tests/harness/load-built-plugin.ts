import * as fs from "node:fs";
import { builtinModules } from "node:module";
import * as vm from "node:vm";
import type * as Obs from "../../node_modules/obsidian/obsidian";
import { domGlobalNames, domWindow } from "./dom";
import type { PluginClass } from "./harness";
import * as obsidian from "./obsidian";

/** Web platform functions a plugin sees in Obsidian's window, desktop and mobile alike. */
const WEB_GLOBALS = [
	"console", "setTimeout", "clearTimeout", "setInterval", "clearInterval", "queueMicrotask", "structuredClone",
	"TextEncoder", "TextDecoder", "URL", "URLSearchParams", "AbortController", "AbortSignal", "Blob", "File",
	"FormData", "Headers", "Request", "Response", "fetch", "atob", "btoa", "crypto", "performance",
	"ReadableStream", "WritableStream", "TransformStream", "MessageChannel", "MessagePort", "MessageEvent",
];

/** Obsidian's own globals (see the `declare global` block of obsidian.d.ts). */
const OBSIDIAN_GLOBALS = [
	"createEl", "createDiv", "createSpan", "createSvg", "createFragment", "activeWindow", "activeDocument",
	"sleep", "nextFrame", "fish", "fishAll", "isBoolean", "ready",
];

/** Never present on mobile: a bundle that reaches for them fails here as it would on a phone. */
const NODE_ONLY = new Set(["Buffer", "process", "global", "require", "module", "exports", "setImmediate", "clearImmediate", "__dirname", "__filename"]);

/**
 * `instanceof Error` / `Array` / `Object` inside the bundle's context also accept values made by the
 * harness (another realm), as they would in Obsidian where plugin and app share one realm.
 */
const BRIDGE_REALMS = `(function (outer) {
	const names = ["Error", "TypeError", "RangeError", "SyntaxError", "ReferenceError", "EvalError", "URIError"];
	const ordinary = Function.prototype[Symbol.hasInstance];
	const bridge = (Inner, accepts) => Object.defineProperty(Inner, Symbol.hasInstance, {
		configurable: true,
		value: function (value) { return ordinary.call(this, value) || (this === Inner && accepts(value)); },
	});
	for (const name of names) bridge(globalThis[name], (value) => value instanceof outer[name]);
	bridge(Array, (value) => Array.isArray(value));
	bridge(Object, (value) => (typeof value === "object" && value !== null) || typeof value === "function");
})`;

function mobileContext(): vm.Context {
	const win = domWindow() as unknown as Record<string, unknown>;
	const context = vm.createContext({});
	const intrinsics = new Set(vm.runInContext("Object.getOwnPropertyNames(globalThis)", context) as string[]);
	const host = globalThis as unknown as Record<string, unknown>;
	const define = (name: string, value: unknown): void => {
		if (value === undefined || NODE_ONLY.has(name) || intrinsics.has(name)) return;
		Object.defineProperty(context, name, { configurable: true, writable: true, value });
	};
	for (const name of domGlobalNames()) define(name, win[name]);
	for (const name of WEB_GLOBALS) define(name, host[name]);
	for (const name of OBSIDIAN_GLOBALS) define(name, host[name]);
	define("self", win);
	const outerErrors = { Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError };
	(vm.runInContext(BRIDGE_REALMS, context) as (outer: object) => void)(outerErrors);
	return context;
}

function requireForPlugins(id: string): unknown {
	if (id === "obsidian") return obsidian;
	const bare = id.replace(/^node:/, "");
	if (builtinModules.includes(bare)) throw new Error(`Node built-in "${id}" is not available on mobile`);
	if (id === "electron") throw new Error(`"electron" is not available on mobile`);
	throw new Error(`Module "${id}" is not available to plugins: only "obsidian" can be required at run time`);
}

/**
 * Evaluates a built CommonJS `main.js` as Obsidian mobile would: DOM and web globals, Obsidian's
 * helpers, `require("obsidian")` (this harness), and no `Buffer`, `process` or Node modules.
 * Returns the exported plugin class, for `harness.loadPlugin`.
 */
export function loadBuiltPluginClass(mainJsPath: string): PluginClass<Obs.Plugin> {
	const code = fs.readFileSync(mainJsPath, "utf8");
	const context = mobileContext();
	const wrapper = vm.runInContext(`(function (exports, require, module) {${code}\n})`, context, {
		filename: mainJsPath,
	}) as (exports: unknown, require: (id: string) => unknown, module: { exports: unknown }) => void;
	const module: { exports: unknown } = { exports: {} };
	wrapper(module.exports, requireForPlugins, module);
	const exported = module.exports as { default?: unknown } | undefined;
	const candidate = exported?.default ?? exported;
	if (typeof candidate !== "function") throw new Error(`${mainJsPath} does not export a plugin class`);
	return candidate as PluginClass<Obs.Plugin>;
}
