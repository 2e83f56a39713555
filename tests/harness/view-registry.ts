import { EmptyView } from "./view";
import { MarkdownView } from "./file-view";
import type { View } from "./view";
import type { WorkspaceLeaf } from "./workspace-leaf";

export type ViewCreator = (leaf: WorkspaceLeaf) => View;

/** View types by name (Obsidian's internal `app.viewRegistry`), with the built-in "empty" and "markdown". */
export class ViewRegistry {
	private readonly creators = new Map<string, ViewCreator>([
		["empty", (leaf) => new EmptyView(leaf)],
		["markdown", (leaf) => new MarkdownView(leaf)],
	]);
	private readonly extensions = new Map<string, string>([["md", "markdown"]]);

	registerView(type: string, creator: ViewCreator): void {
		if (this.creators.has(type)) throw new Error(`Attempting to register an existing view type "${type}"`);
		this.creators.set(type, creator);
	}

	unregisterView(type: string): void {
		this.creators.delete(type);
	}

	getViewCreatorByType(type: string): ViewCreator | undefined {
		return this.creators.get(type);
	}

	isExtensionRegistered(extension: string): boolean {
		return this.extensions.has(extension);
	}

	registerExtensions(extensions: string[], viewType: string): void {
		for (const extension of extensions) {
			if (this.extensions.has(extension)) throw new Error(`Attempting to register an existing file extension "${extension}"`);
			this.extensions.set(extension, viewType);
		}
	}

	unregisterExtensions(extensions: string[]): void {
		for (const extension of extensions) this.extensions.delete(extension);
	}

	getTypeByExtension(extension: string): string | undefined {
		return this.extensions.get(extension);
	}
}
