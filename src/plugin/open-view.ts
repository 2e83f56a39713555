import type { App } from "obsidian";

/** Shows a view of which one is enough: the open one if there is one, else in a new tab. */
export async function openSingletonView(app: App, type: string): Promise<void> {
	const existing = app.workspace.getLeavesOfType(type)[0];
	if (existing) {
		await app.workspace.revealLeaf(existing);
		return;
	}
	const leaf = app.workspace.getLeaf("tab");
	await leaf.setViewState({ type, active: true });
	await app.workspace.revealLeaf(leaf);
}
