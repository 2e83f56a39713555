import * as fs from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { TFile, TFolder, Vault } from "obsidian";
import { createHarness } from "./harness";
import type { Harness } from "./harness";

let h: Harness;

function folder(path: string) {
	const found = h.app.vault.getFolderByPath(path);
	if (!found) throw new Error(`no folder ${path}`);
	return found;
}

afterEach(async () => {
	await h.dispose();
});

describe("vault over a real folder", () => {
	it("loads the files given, skipping dot-folders", () => {
		h = createHarness({ files: { "a.md": "A", "Notes/b.md": "B", "Notes/pic.png": "x", ".hidden/c.md": "C" } });
		expect(h.app.vault.getMarkdownFiles().map((f) => f.path).sort()).toEqual(["Notes/b.md", "a.md"]);
		expect(h.app.vault.getFiles()).toHaveLength(3);
		const notes = h.app.vault.getFolderByPath("Notes");
		expect(notes).toBeInstanceOf(TFolder);
		expect(notes?.children.map((c) => c.name).sort()).toEqual(["b.md", "pic.png"]);
		expect(h.app.vault.getAbstractFileByPath(".hidden/c.md")).toBeNull();
		expect(h.app.vault.getRoot().isRoot()).toBe(true);
		expect(h.exists(h.app.vault.configDir)).toBe(true);
	});

	it("gives TFile its names and stat", () => {
		h = createHarness({ files: { "Notes/my.note.md": "hello" } });
		const file = h.file("Notes/my.note.md");
		expect(file).toBeInstanceOf(TFile);
		expect([file.name, file.basename, file.extension, file.parent?.path]).toEqual(["my.note.md", "my.note", "md", "Notes"]);
		expect(file.stat.size).toBe(5);
		expect(file.stat.mtime).toBeGreaterThan(0);
		expect(file.vault).toBe(h.app.vault);
	});

	it("creates a file on disk and fires create before the promise resolves", async () => {
		h = createHarness();
		const seen: string[] = [];
		h.app.vault.on("create", (file) => seen.push(file.path));
		const file = await h.app.vault.create("new.md", "text");
		expect(seen).toEqual(["new.md"]);
		expect(h.readFile("new.md")).toBe("text");
		expect(h.app.vault.getFileByPath("new.md")).toBe(file);
	});

	it("refuses to create an existing file, also in another case", async () => {
		h = createHarness({ files: { "Note.md": "x" } });
		await expect(h.app.vault.create("Note.md", "y")).rejects.toThrow("File already exists.");
		await expect(h.app.vault.create("note.md", "y")).rejects.toThrow("File already exists.");
		expect(h.readFile("Note.md")).toBe("x");
	});

	it("does not create missing parent folders; createFolder does, once", async () => {
		h = createHarness();
		await expect(h.app.vault.create("A/B/n.md", "")).rejects.toThrow(/ENOENT/);
		const folder = await h.app.vault.createFolder("A/B");
		expect(folder.path).toBe("A/B");
		expect(h.app.vault.getFolderByPath("A")).not.toBeNull();
		await expect(h.app.vault.createFolder("A/B")).rejects.toThrow("Folder already exists.");
		await h.app.vault.create("A/B/n.md", "ok");
		expect(h.readFile("A/B/n.md")).toBe("ok");
	});

	it("refuses names that break on other systems", async () => {
		h = createHarness();
		await expect(h.app.vault.create("a:b.md", "")).rejects.toThrow(/cannot contain/);
	});

	it("process reads, transforms and writes atomically, returning the new text", async () => {
		h = createHarness({ files: { "n.md": "one" } });
		const modified: string[] = [];
		h.app.vault.on("modify", (f) => modified.push(f.path));
		const result = await h.app.vault.process(h.file("n.md"), (text) => `${text} two`);
		expect(result).toBe("one two");
		expect(h.readFile("n.md")).toBe("one two");
		expect(modified).toEqual(["n.md"]);
		await h.app.vault.process(h.file("n.md"), (text) => text);
		expect(modified).toHaveLength(1);
	});

	it("modify, append and read", async () => {
		h = createHarness({ files: { "n.md": "a" } });
		const file = h.file("n.md");
		await h.app.vault.modify(file, "b");
		await h.app.vault.append(file, "c");
		expect(await h.app.vault.read(file)).toBe("bc");
		expect(await h.app.vault.cachedRead(file)).toBe("bc");
		expect(file.stat.size).toBe(2);
	});

	it("renames on disk, keeps the same TFile and fires rename with the old path", async () => {
		h = createHarness({ files: { "a.md": "A" } });
		await h.app.vault.createFolder("Archive");
		const file = h.file("a.md");
		const renames: [string, string][] = [];
		h.app.vault.on("rename", (f, oldPath) => renames.push([f.path, oldPath]));
		await h.app.vault.rename(file, "Archive/b.md");
		expect(renames).toEqual([["Archive/b.md", "a.md"]]);
		expect(file.path).toBe("Archive/b.md");
		expect(file.basename).toBe("b");
		expect(file.parent?.path).toBe("Archive");
		expect(h.exists("a.md")).toBe(false);
		expect(h.readFile("Archive/b.md")).toBe("A");
		expect(h.app.vault.getFileByPath("Archive/b.md")).toBe(file);
	});

	it("renames a folder with its contents", async () => {
		h = createHarness({ files: { "F/a.md": "A", "F/G/b.md": "B" } });
		const renames: string[] = [];
		h.app.vault.on("rename", (f, oldPath) => renames.push(`${oldPath}>${f.path}`));
		await h.app.vault.rename(folder("F"), "H");
		expect(renames.sort()).toEqual(["F/G/b.md>H/G/b.md", "F/G>H/G", "F/a.md>H/a.md", "F>H"]);
		expect(h.readFile("H/G/b.md")).toBe("B");
	});

	it("refuses to rename onto an existing file", async () => {
		h = createHarness({ files: { "a.md": "A", "b.md": "B" } });
		await expect(h.app.vault.rename(h.file("a.md"), "b.md")).rejects.toThrow(/already exists/);
	});

	it("deletes files and folders (contents first) and trashes into .trash", async () => {
		h = createHarness({ files: { "a.md": "A", "F/b.md": "B", "c.md": "C" } });
		const deleted: string[] = [];
		h.app.vault.on("delete", (f) => deleted.push(f.path));
		await h.app.vault.delete(h.file("a.md"));
		await h.app.vault.delete(folder("F"));
		await h.app.vault.trash(h.file("c.md"), false);
		expect(deleted).toEqual(["a.md", "F/b.md", "F", "c.md"]);
		expect(h.exists("a.md") || h.exists("F")).toBe(false);
		expect(h.readFile(".trash/c.md")).toBe("C");
	});

	it("rescan picks up files written behind the vault's back", () => {
		h = createHarness({ files: { "a.md": "A", "b.md": "B" } });
		const events: string[] = [];
		for (const name of ["create", "modify", "delete"] as const) h.app.vault.on(name, (f) => events.push(`${name} ${f.path}`));
		h.writeFile("New/c.md", "C");
		h.writeFile("a.md", "A2");
		fs.rmSync(`${h.vaultDir}/b.md`);
		h.rescan();
		expect(events.sort()).toEqual(["create New", "create New/c.md", "delete b.md", "modify a.md"]);
	});

	it("adapter reads and writes hidden files; writes to visible ones reach the vault a moment later", async () => {
		h = createHarness();
		const adapter = h.app.vault.adapter;
		const config = h.app.vault.configDir;
		await adapter.mkdir(`${config}/x`);
		await adapter.write(`${config}/x/data.json`, "{}");
		expect(await adapter.exists(`${config}/x/data.json`)).toBe(true);
		expect(await adapter.read(`${config}/x/data.json`)).toBe("{}");
		expect((await adapter.list(`${config}/x`)).files).toEqual([`${config}/x/data.json`]);
		await adapter.write("visible.md", "v");
		expect(h.app.vault.getFileByPath("visible.md")).toBeNull();
		await h.settle();
		expect(h.app.vault.getFileByPath("visible.md")).not.toBeNull();
		await adapter.remove(`${config}/x/data.json`);
		expect(await adapter.exists(`${config}/x/data.json`)).toBe(false);
	});

	it("recurseChildren visits the root and everything below", () => {
		h = createHarness({ files: { "a.md": "", "F/b.md": "" } });
		const seen: string[] = [];
		Vault.recurseChildren(h.app.vault.getRoot(), (f) => seen.push(f.path));
		expect(seen.sort()).toEqual(["/", "F", "F/b.md", "a.md"]);
	});

	it("gets a fresh temporary folder and deletes it on dispose", async () => {
		const first = createHarness();
		const dir = first.vaultDir;
		expect(fs.existsSync(dir)).toBe(true);
		await first.dispose();
		expect(fs.existsSync(dir)).toBe(false);
		h = createHarness();
		expect(h.vaultDir).not.toBe(dir);
	});
});
