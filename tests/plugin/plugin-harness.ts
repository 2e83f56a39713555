import { createHarness } from "../harness/harness";
import type { Harness, PluginClass } from "../harness/harness";
import { click } from "../harness/form-driver";
import type { FormLike } from "../harness/form-driver";
import IntervisiePlugin from "../../src/main";
import manifest from "../../manifest.json";
import type { Plugin } from "obsidian";

export const ID = manifest.id;

export interface PluginHarness {
	h: Harness;
	plugin: IntervisiePlugin;
	/** Runs a command by its short id (`new-goal`). */
	run(command: string): Promise<void>;
	/** Clicks the submit button and waits until the modal has closed or given up. */
	submit(modal: FormLike, label: string): Promise<void>;
	/** Moves the fixed clock to this local day (10:00). */
	setToday(day: string): void;
	/** Moves the fixed clock to this moment. */
	setNow(date: Date): void;
}

export interface Options {
	files?: Record<string, string>;
	language?: string;
	today?: string;
	myName?: string | null;
	/** Data the plugin finds in its data.json. */
	data?: unknown;
	pluginClass?: PluginClass<Plugin>;
	/** How the metadata cache treats a leading byte-order mark (see the harness). */
	byteOrderMark?: "strip" | "keep";
}

/** The plugin loaded over a temporary vault, layout ready, on a fixed clock. */
export async function startPlugin(options: Options = {}): Promise<PluginHarness> {
	const files = { ...(options.files ?? {}) };
	const myName = options.myName === undefined ? "Sanne de Vries" : options.myName;
	const data = options.data ?? (myName ? { settings: { myName } } : undefined);
	if (data) files[`.obsidian/plugins/${ID}/data.json`] = JSON.stringify(data);
	const h = createHarness({ files, language: options.language ?? "en", byteOrderMark: options.byteOrderMark });
	const PluginCtor = (options.pluginClass ?? IntervisiePlugin) as unknown as PluginClass<IntervisiePlugin>;
	const plugin = await h.loadPlugin(PluginCtor, manifest);
	let now = atTen(options.today ?? "2026-03-10");
	plugin.clock = () => new Date(now);
	let seed = 1;
	plugin.random = () => {
		seed = (seed * 16807) % 2147483647;
		return (seed - 1) / 2147483646;
	};
	h.layoutReady();
	await h.settle();
	return {
		h,
		plugin,
		run: async (command) => {
			const ran = await h.commands.run(`${ID}:${command}`);
			if (!ran) throw new Error(`Command ${command} was not available`);
			await h.settle();
		},
		submit: async (modal, label) => {
			click(modal, label);
			const isOpen = () => h.openModals().some((m) => (m as unknown) === modal);
			for (let i = 0; i < 50 && isOpen(); i++) {
				await new Promise((resolve) => setTimeout(resolve, 0));
				await h.settle();
			}
			await h.settle();
		},
		setToday: (day) => {
			now = atTen(day);
		},
		setNow: (date) => {
			now = date.getTime();
		},
	};
}

function atTen(day: string): number {
	const [y, m, d] = day.split("-").map(Number);
	return new Date(y ?? 2026, (m ?? 1) - 1, d ?? 1, 10, 0, 0).getTime();
}
