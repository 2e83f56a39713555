import type { App, View } from "obsidian";

export interface OpenViewOptions {
	/** Which open view counts as this one; any of the type when absent. */
	matches?: (view: View) => boolean;
	/** The state a new view starts with. */
	state?: Record<string, unknown>;
}

/** Shows a view: the matching open one if there is one, else a new one in a new tab. */
export async function openView(app: App, type: string, options: OpenViewOptions = {}): Promise<void> {
	const existing = app.workspace.getLeavesOfType(type).find((leaf) => options.matches?.(leaf.view) ?? true);
	if (existing) {
		await app.workspace.revealLeaf(existing);
		return;
	}
	const leaf = app.workspace.getLeaf("tab");
	await leaf.setViewState({ type, active: true, state: options.state });
	await app.workspace.revealLeaf(leaf);
}

/** Shows a view of which one is enough. */
export function openSingletonView(app: App, type: string): Promise<void> {
	return openView(app, type);
}
