import { startPlugin } from "../../tests/plugin/plugin-harness";
import type { Options, PluginHarness } from "../../tests/plugin/plugin-harness";

/** Starts the plugin over a temporary vault, lets `use` drive and capture it, and disposes of it whatever happens. */
export async function withPlugin<T>(options: Options, use: (p: PluginHarness) => Promise<T>): Promise<T> {
	const p = await startPlugin(options);
	try {
		return await use(p);
	} finally {
		await p.h.dispose();
	}
}
