import { afterEach, describe, expect, it } from "vitest";
import { ItemView, MarkdownView, Notice, Plugin, PluginSettingTab, Setting } from "obsidian";
import type { Editor, WorkspaceLeaf } from "obsidian";
import { createHarness } from "./harness";
import type { Harness } from "./harness";

const manifest = { id: "sample", name: "Sample", author: "t", version: "1.0.0", minAppVersion: "1.8.7", description: "d" };
const VIEW_TYPE = "sample-view";

class SampleView extends ItemView {
	getViewType(): string {
		return VIEW_TYPE;
	}

	getDisplayText(): string {
		return "Sample";
	}

	override async onOpen(): Promise<void> {
		this.contentEl.createEl("h2", { text: "Dashboard" });
	}
}

class SampleTab extends PluginSettingTab {
	constructor(
		app: SamplePlugin["app"],
		private readonly plugin: SamplePlugin,
	) {
		super(app, plugin);
	}

	override display(): void {
		this.containerEl.empty();
		new Setting(this.containerEl).setName("Folder").addText((t) =>
			t.setValue("Intervisie").onChange(async (value) => {
				await this.plugin.saveData({ folder: value });
			}),
		);
	}
}

class SamplePlugin extends Plugin {
	log: string[] = [];

	override async onload(): Promise<void> {
		await Promise.resolve();
		this.log.push("onload");
		this.registerView(VIEW_TYPE, (leaf: WorkspaceLeaf) => new SampleView(leaf));
		this.addSettingTab(new SampleTab(this.app, this));
		this.addRibbonIcon("dice", "Open sample", () => this.log.push("ribbon"));
		this.addStatusBarItem().setText("ready");
		this.addCommand({ id: "say", name: "Say hello", callback: () => new Notice("Hello") });
		this.addCommand({
			id: "slow",
			name: "Slow",
			callback: async () => {
				await new Promise((resolve) => window.setTimeout(resolve, 5));
				this.log.push("slow done");
			},
		});
		this.addCommand({
			id: "checked",
			name: "Only with a file",
			checkCallback: (checking: boolean) => {
				if (!this.app.workspace.getActiveFile()) return false;
				if (!checking) this.log.push("checked ran");
				return true;
			},
		});
		this.addCommand({
			id: "insert",
			name: "Insert",
			editorCallback: (editor: Editor) => editor.replaceSelection("[[Goal]]"),
		});
		this.app.workspace.onLayoutReady(() => this.log.push("layout ready"));
		this.registerEvent(this.app.vault.on("create", (file) => this.log.push(`create ${file.path}`)));
	}

	override onunload(): void {
		this.log.push("onunload");
	}
}

let h: Harness;
afterEach(async () => {
	await h.dispose();
});

describe("plugins in the harness", () => {
	it("awaits onload; layout-ready callbacks wait for layoutReady(), after create fires for every file", async () => {
		h = createHarness({ files: { "a.md": "" } });
		const plugin = await h.loadPlugin(SamplePlugin, manifest);
		expect(plugin.log).toEqual(["onload"]);
		h.layoutReady();
		expect(plugin.log).toEqual(["onload", "create a.md", "layout ready"]);
		h.app.workspace.onLayoutReady(() => plugin.log.push("immediately"));
		expect(plugin.log.at(-1)).toBe("immediately");
	});

	it("registers commands with full ids and names, and runs them like the palette", async () => {
		h = createHarness({ files: { "n.md": "text" } });
		const plugin = await h.loadPlugin(SamplePlugin, manifest);
		expect(h.commands.list()).toContainEqual({ id: "sample:say", name: "Sample: Say hello" });
		expect(await h.commands.run("sample:say")).toBe(true);
		expect(h.notices).toEqual(["Hello"]);
		expect(await h.commands.run("sample:slow")).toBe(true);
		expect(plugin.log).toContain("slow done");
		expect(h.commands.isAvailable("sample:checked")).toBe(false);
		expect(await h.commands.run("sample:checked")).toBe(false);
		expect(await h.commands.run("sample:insert")).toBe(false);
		const view = await h.openFile("n.md");
		expect(await h.commands.run("sample:checked")).toBe(true);
		expect(plugin.log).toContain("checked ran");
		view.editor.setCursor({ line: 0, ch: 4 });
		expect(await h.commands.run("sample:insert")).toBe(true);
		expect(h.readFile("n.md")).toBe("text[[Goal]]");
		await expect(h.commands.run("sample:nope")).rejects.toThrow(/No command/);
	});

	it("keeps data in <configDir>/plugins/<id>/data.json", async () => {
		h = createHarness();
		const plugin = await h.loadPlugin(SamplePlugin, manifest);
		expect(await plugin.loadData()).toBeNull();
		await plugin.saveData({ folder: "X" });
		expect(JSON.parse(h.readFile(`${h.app.vault.configDir}/plugins/sample/data.json`))).toEqual({ folder: "X" });
		expect(await plugin.loadData()).toEqual({ folder: "X" });
	});

	it("shows the settings tab; typing in a field reaches the plugin", async () => {
		h = createHarness();
		await h.loadPlugin(SamplePlugin, manifest);
		const tab = h.openSettings("sample");
		const input = tab.containerEl.find("input") as HTMLInputElement;
		expect(input.value).toBe("Intervisie");
		input.value = "Journal";
		input.dispatchEvent(new Event("input"));
		await h.settle();
		expect(JSON.parse(h.readFile(`${h.app.vault.configDir}/plugins/sample/data.json`))).toEqual({ folder: "Journal" });
	});

	it("opens registered views in leaves; ribbon and status bar are in the DOM", async () => {
		h = createHarness();
		const plugin = await h.loadPlugin(SamplePlugin, manifest);
		const leaf = h.app.workspace.getRightLeaf(false);
		await leaf.setViewState({ type: VIEW_TYPE, active: true });
		expect(leaf.view).toBeInstanceOf(SampleView);
		expect(h.app.workspace.getLeavesOfType(VIEW_TYPE)).toEqual([leaf]);
		const view = leaf.view;
		if (!(view instanceof SampleView)) throw new Error("not a SampleView");
		expect(view.containerEl.children[1]).toBe(view.contentEl);
		expect(view.contentEl.find("h2")?.getText()).toBe("Dashboard");
		(h.app.ribbonEl.find("[aria-label='Open sample']")).click();
		expect(plugin.log).toContain("ribbon");
		expect(h.app.statusBarEl.getText()).toBe("ready");
	});

	it("unload removes what the plugin added and calls onunload", async () => {
		h = createHarness();
		const plugin = await h.loadPlugin(SamplePlugin, manifest);
		await h.app.workspace.getRightLeaf(false).setViewState({ type: VIEW_TYPE });
		h.unloadPlugin(plugin);
		expect(plugin.log.at(-1)).toBe("onunload");
		expect(h.commands.list()).toEqual([]);
		expect(h.app.workspace.getLeavesOfType(VIEW_TYPE)).toEqual([]);
		expect(h.app.ribbonEl.children).toHaveLength(0);
		expect(h.app.vault.listenerCount("create")).toBe(1);
	});
});

describe("Component registrations", () => {
	it("registerDomEvent, registerInterval and register are undone on unload", async () => {
		h = createHarness();
		const plugin = await h.loadPlugin(SamplePlugin, manifest);
		const seen: string[] = [];
		plugin.registerDomEvent(document, "keydown", () => seen.push("key"));
		const id = plugin.registerInterval(window.setInterval(() => seen.push("tick"), 100000));
		plugin.register(() => seen.push("cleanup"));
		document.dispatchEvent(new KeyboardEvent("keydown", { key: "a" }));
		h.unloadPlugin(plugin);
		document.dispatchEvent(new KeyboardEvent("keydown", { key: "a" }));
		expect(seen).toEqual(["key", "cleanup"]);
		expect(typeof id).not.toBe("undefined");
	});
});

describe("workspace and editor", () => {
	it("openFile makes the file active, fires file-open, and the editor holds the vault's text", async () => {
		h = createHarness({ files: { "a.md": "alpha\nbeta" } });
		const opened: (string | undefined)[] = [];
		h.app.workspace.on("file-open", (file) => opened.push(file?.path));
		const view = await h.openFile("a.md");
		expect(opened).toEqual(["a.md"]);
		expect(h.app.workspace.getActiveFile()?.path).toBe("a.md");
		expect(h.app.workspace.getActiveViewOfType(MarkdownView)).toBe(view);
		expect(view.editor.getValue()).toBe("alpha\nbeta");
		await h.app.vault.modify(h.file("a.md"), "changed");
		expect(view.editor.getValue()).toBe("changed");
	});

	it("editor edits are saved to the vault a moment later", async () => {
		h = createHarness({ files: { "a.md": "one\ntwo\n" } });
		const view = await h.openFile("a.md");
		const editor = view.editor;
		editor.setSelection({ line: 1, ch: 0 }, { line: 1, ch: 3 });
		expect(editor.getSelection()).toBe("two");
		editor.replaceSelection("2");
		expect(h.readFile("a.md")).toBe("one\ntwo\n");
		await h.settle();
		expect(h.readFile("a.md")).toBe("one\n2\n");
		expect(editor.getCursor()).toEqual({ line: 1, ch: 1 });
	});

	it("openLinkText opens the linked note, creating it when missing", async () => {
		h = createHarness({ files: { "Goals/Goal.md": "g", "a.md": "" } });
		await h.app.workspace.openLinkText("Goal", "a.md");
		expect(h.app.workspace.getActiveFile()?.path).toBe("Goals/Goal.md");
		await h.app.workspace.openLinkText("New note", "a.md", true);
		expect(h.exists("New note.md")).toBe(true);
		expect(h.app.workspace.getActiveFile()?.path).toBe("New note.md");
	});

	it("a deleted file's editor becomes an empty tab", async () => {
		h = createHarness({ files: { "a.md": "x" } });
		const view = await h.openFile("a.md");
		await h.app.vault.delete(h.file("a.md"));
		await h.settle();
		expect(view.leaf.view.getViewType()).toBe("empty");
	});
});
