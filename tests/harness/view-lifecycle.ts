import { FileView } from "./file-view";
import { onloadResult } from "./component";
import type { View } from "./view";
import type { WorkspaceLeaf } from "./workspace-leaf";

/** What the workspace does when a view enters a leaf: into the DOM, `load()`, `onOpen()`. */
export async function openView(view: View, leaf: WorkspaceLeaf): Promise<void> {
	view.containerEl.setAttr("data-type", view.getViewType());
	leaf.containerEl.appendChild(view.containerEl);
	view.load();
	await onloadResult(view);
	await view.onOpen();
}

/** What the workspace does when a view leaves its leaf: a file view unloads its file (saving it) first. */
export async function closeView(view: View): Promise<void> {
	if (view instanceof FileView && view.file) await view.onUnloadFile(view.file);
	await view.onClose();
	view.unload();
	view.containerEl.detach();
}
