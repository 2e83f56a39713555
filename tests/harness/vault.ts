import { createHash } from "node:crypto";
import * as fs from "node:fs";
import type * as Obs from "../../node_modules/obsidian/obsidian";
import type { DiskAdapter } from "./adapter";
import { Events } from "./events";
import { TAbstractFile, TFile, TFolder } from "./files";
import { illegalNameError, isHiddenPath, joinPath, normalizePath, parentPath } from "./paths";
import type { Scheduler } from "./scheduler";

type FileCallback = (file: TAbstractFile) => unknown;

/**
 * The vault over a real folder. Like Obsidian it keeps one `TFile`/`TFolder` per visible path and
 * fires `create`/`modify`/`delete`/`rename` synchronously, before the returned promise resolves.
 * Files written behind its back (a test, the adapter) are picked up by `rescan()`.
 */
export class Vault extends Events implements Obs.Vault {
	readonly adapter: DiskAdapter;
	configDir = ".obsidian";
	/** Harness only: refuse names with characters that break on Windows, Android or iOS. */
	strictPaths = true;
	private readonly root: TFolder;
	private readonly fileMap = new Map<string, TAbstractFile>();
	/** What each file looked like when the vault last saw it, to detect changes made behind its back. */
	private readonly signatures = new Map<string, string>();

	constructor(adapter: DiskAdapter, private readonly scheduler: Scheduler) {
		super();
		this.adapter = adapter;
		this.root = new TFolder(this, "/");
		this.fileMap.set("/", this.root);
		adapter.onExternalChange = () => this.scheduler.schedule("vault-rescan", () => this.rescan());
	}

	on(name: "create" | "modify" | "delete", callback: FileCallback, ctx?: unknown): Obs.EventRef;
	on(name: "rename", callback: (file: TAbstractFile, oldPath: string) => unknown, ctx?: unknown): Obs.EventRef;
	on(name: "closed", callback: () => unknown, ctx?: unknown): Obs.EventRef;
	on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): Obs.EventRef;
	on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): Obs.EventRef {
		return super.on(name, callback, ctx);
	}

	getName(): string {
		return this.adapter.getName();
	}

	getRoot(): TFolder {
		return this.root;
	}

	getAbstractFileByPath(path: string): TAbstractFile | null {
		return this.fileMap.get(normalizePath(path)) ?? null;
	}

	/** Obsidian has this too (undocumented): case-insensitive lookup, as macOS and Windows see files. */
	getAbstractFileByPathInsensitive(path: string): TAbstractFile | null {
		const wanted = normalizePath(path).toLowerCase();
		for (const [key, file] of this.fileMap) if (key.toLowerCase() === wanted) return file;
		return null;
	}

	getFileByPath(path: string): TFile | null {
		const file = this.getAbstractFileByPath(path);
		return file instanceof TFile ? file : null;
	}

	getFolderByPath(path: string): TFolder | null {
		const file = this.getAbstractFileByPath(path);
		return file instanceof TFolder ? file : null;
	}

	getAllLoadedFiles(): TAbstractFile[] {
		return [...this.fileMap.values()];
	}

	getAllFolders(includeRoot?: boolean): TFolder[] {
		return this.getAllLoadedFiles().filter(
			(f): f is TFolder => f instanceof TFolder && (includeRoot === true || !f.isRoot()),
		);
	}

	getFiles(): TFile[] {
		return this.getAllLoadedFiles().filter((f): f is TFile => f instanceof TFile);
	}

	getMarkdownFiles(): TFile[] {
		return this.getFiles().filter((f) => f.extension === "md");
	}

	static recurseChildren(root: Obs.TFolder, cb: (file: Obs.TAbstractFile) => unknown): void {
		const stack: Obs.TAbstractFile[] = [root];
		while (stack.length > 0) {
			const next = stack.pop();
			if (!next) continue;
			cb(next);
			if ("children" in next) stack.push(...(next as Obs.TFolder).children);
		}
	}

	async create(path: string, data: string, options?: Obs.DataWriteOptions): Promise<TFile> {
		return this.createFile(path, data, options);
	}

	async createBinary(path: string, data: ArrayBuffer, options?: Obs.DataWriteOptions): Promise<TFile> {
		return this.createFile(path, new Uint8Array(data), options);
	}

	private createFile(path: string, data: string | Uint8Array, options?: Obs.DataWriteOptions): TFile {
		const p = this.checkNewPath(path);
		if (this.getAbstractFileByPathInsensitive(p)) throw new Error("File already exists.");
		const parent = this.getFolderByPath(parentPath(p));
		if (!parent) throw new Error(`ENOENT: no such file or directory, open '${p}'`);
		this.adapter.writeSync(p, data, options);
		const file = this.indexFile(p);
		this.trigger("create", file);
		return file;
	}

	async createFolder(path: string): Promise<TFolder> {
		const p = this.checkNewPath(path);
		if (this.getAbstractFileByPathInsensitive(p)) throw new Error("Folder already exists.");
		const created: TFolder[] = [];
		const parts = p.split("/");
		for (let i = 1; i <= parts.length; i++) {
			const sub = parts.slice(0, i).join("/");
			if (this.getFolderByPath(sub)) continue;
			if (this.getAbstractFileByPath(sub)) throw new Error(`A file is in the way: ${sub}`);
			this.adapter.mkdirSync(sub);
			created.push(this.indexFolder(sub));
		}
		for (const folder of created) this.trigger("create", folder);
		const folder = this.getFolderByPath(p);
		if (!folder) throw new Error(`Could not create folder ${p}`);
		return folder;
	}

	async read(file: Obs.TFile): Promise<string> {
		return this.adapter.readSync(this.own(file).path);
	}

	async cachedRead(file: Obs.TFile): Promise<string> {
		return this.read(file);
	}

	async readBinary(file: Obs.TFile): Promise<ArrayBuffer> {
		return this.adapter.readBinary(this.own(file).path);
	}

	getResourcePath(file: Obs.TFile): string {
		return this.adapter.getResourcePath(this.own(file).path);
	}

	async modify(file: Obs.TFile, data: string, options?: Obs.DataWriteOptions): Promise<void> {
		this.write(this.own(file), data, options);
	}

	async modifyBinary(file: Obs.TFile, data: ArrayBuffer, options?: Obs.DataWriteOptions): Promise<void> {
		this.write(this.own(file), new Uint8Array(data), options);
	}

	async append(file: Obs.TFile, data: string, options?: Obs.DataWriteOptions): Promise<void> {
		const own = this.own(file);
		this.write(own, this.adapter.readSync(own.path) + data, options);
	}

	async appendBinary(file: Obs.TFile, data: ArrayBuffer, options?: Obs.DataWriteOptions): Promise<void> {
		const own = this.own(file);
		fs.appendFileSync(this.adapter.getFullPath(own.path), new Uint8Array(data));
		this.afterWrite(own, options);
	}

	/** Atomic read-modify-write; writes (and fires `modify`) only when `fn` changed the text. */
	async process(file: Obs.TFile, fn: (data: string) => string, options?: Obs.DataWriteOptions): Promise<string> {
		const own = this.own(file);
		const before = this.adapter.readSync(own.path);
		const after = fn(before);
		if (typeof after !== "string") throw new TypeError("Vault.process: the callback must return the new text");
		if (after !== before) this.write(own, after, options);
		return after;
	}

	private write(file: TFile, data: string | Uint8Array, options?: Obs.DataWriteOptions): void {
		this.adapter.writeSync(file.path, data, options);
		this.afterWrite(file, options);
	}

	private afterWrite(file: TFile, options?: Obs.DataWriteOptions): void {
		this.adapter.applyTimes(file.path, options);
		this.refreshStat(file);
		this.trigger("modify", file);
	}

	async delete(file: Obs.TAbstractFile, force?: boolean): Promise<void> {
		void force;
		const own = this.ownAny(file);
		if (own === this.root) throw new Error("Cannot delete the vault root.");
		this.adapter.removeSync(own.path);
		this.forget(own);
	}

	async trash(file: Obs.TAbstractFile, system: boolean): Promise<void> {
		const own = this.ownAny(file);
		if (system) return this.delete(own);
		const name = own.name;
		let target = `.trash/${name}`;
		for (let n = 1; this.adapter.existsSync(target); n++) target = `.trash/${n} ${name}`;
		this.adapter.mkdirSync(".trash");
		this.adapter.renameSync(own.path, target);
		this.forget(own);
	}

	async rename(file: Obs.TAbstractFile, newPath: string): Promise<void> {
		const own = this.ownAny(file);
		const target = this.checkNewPath(newPath);
		if (target === own.path) return;
		const clash = this.getAbstractFileByPathInsensitive(target);
		if (clash && clash !== own) throw new Error("Destination file already exists!");
		const newParent = this.getFolderByPath(parentPath(target));
		if (!newParent) throw new Error(`ENOENT: no such file or directory, rename '${own.path}' -> '${target}'`);
		if (own instanceof TFolder && (target + "/").startsWith(own.path + "/")) {
			throw new Error("Cannot move a folder into itself.");
		}
		this.adapter.renameSync(own.path, target);
		const moved = this.move(own, target, newParent);
		for (const [entry, oldPath] of moved) this.trigger("rename", entry, oldPath);
	}

	async copy<T extends Obs.TAbstractFile>(file: T, newPath: string): Promise<T> {
		const own = this.ownAny(file);
		if (own instanceof TFile) {
			const data = fs.readFileSync(this.adapter.getFullPath(own.path));
			return this.createFile(newPath, new Uint8Array(data)) as unknown as T;
		}
		const folder = await this.createFolder(newPath);
		if (own instanceof TFolder) for (const child of own.children) await this.copy(child, joinPath(folder.path, child.name));
		return folder as unknown as T;
	}

	/** Reads the folder from disk without firing events (start-up). */
	load(): void {
		this.walkDisk("/", (path, isFolder) => {
			if (isFolder) this.indexFolder(path);
			else this.indexFile(path);
		});
	}

	/** Fires `create` for every loaded file and folder, as Obsidian does while it starts. */
	announceAll(): void {
		for (const file of this.getAllLoadedFiles()) if (file !== this.root) this.trigger("create", file);
	}

	/** Compares the disk with what the vault knows and fires the events a file watcher would. */
	rescan(): void {
		const seen = new Set<string>(["/"]);
		const created: TAbstractFile[] = [];
		const modified: TFile[] = [];
		this.walkDisk("/", (path, isFolder) => {
			seen.add(path);
			const known = this.fileMap.get(path);
			if (known && (known instanceof TFolder) === isFolder) {
				if (known instanceof TFile && this.signatures.get(path) !== this.signature(path)) {
					this.refreshStat(known);
					modified.push(known);
				}
				return;
			}
			if (known) this.forget(known);
			created.push(isFolder ? this.indexFolder(path) : this.indexFile(path));
		});
		const gone = [...this.fileMap.keys()].filter((path) => !seen.has(path));
		for (const path of gone) {
			const file = this.fileMap.get(path);
			if (file) this.forget(file);
		}
		for (const file of created) this.trigger("create", file);
		for (const file of modified) this.trigger("modify", file);
	}

	private walkDisk(folder: string, visit: (path: string, isFolder: boolean) => void): void {
		const entries = fs
			.readdirSync(this.adapter.getFullPath(folder), { withFileTypes: true })
			.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
		for (const entry of entries) {
			const path = joinPath(folder === "/" ? "" : folder, entry.name);
			if (isHiddenPath(path)) continue;
			const isFolder = entry.isDirectory();
			visit(path, isFolder);
			if (isFolder) this.walkDisk(path, visit);
		}
	}

	private signature(path: string): string {
		const full = this.adapter.getFullPath(path);
		const st = fs.statSync(full);
		const hash = createHash("sha1").update(fs.readFileSync(full)).digest("hex");
		return `${st.size}:${Math.round(st.mtimeMs)}:${hash}`;
	}

	private indexFile(path: string): TFile {
		const stat = this.adapter.statSync(path);
		const file = new TFile(this, path, { ctime: stat?.ctime ?? 0, mtime: stat?.mtime ?? 0, size: stat?.size ?? 0 });
		this.attach(file, path);
		this.signatures.set(path, this.signature(path));
		return file;
	}

	private indexFolder(path: string): TFolder {
		const folder = new TFolder(this, path);
		this.attach(folder, path);
		return folder;
	}

	private attach(file: TAbstractFile, path: string): void {
		const parent = this.getFolderByPath(parentPath(path)) ?? this.root;
		file.parent = parent;
		parent.children.push(file);
		this.fileMap.set(path, file);
	}

	private refreshStat(file: TFile): void {
		const stat = this.adapter.statSync(file.path);
		if (stat) Object.assign(file.stat, { ctime: stat.ctime, mtime: stat.mtime, size: stat.size });
		this.signatures.set(file.path, this.signature(file.path));
	}

	/** Drops a file or folder (and its contents) from the index and fires `delete`, deepest first. */
	private forget(file: TAbstractFile): void {
		if (file instanceof TFolder) for (const child of [...file.children]) this.forget(child);
		const parent = file.parent;
		if (parent) parent.children = parent.children.filter((c) => c !== file);
		this.fileMap.delete(file.path);
		this.signatures.delete(file.path);
		this.trigger("delete", file);
	}

	/** Re-keys a moved entry and its contents; returns each with its old path, the entry first. */
	private move(file: TAbstractFile, target: string, newParent: TFolder): [TAbstractFile, string][] {
		const moved: [TAbstractFile, string][] = [];
		const oldParent = file.parent;
		if (oldParent) oldParent.children = oldParent.children.filter((c) => c !== file);
		newParent.children.push(file);
		file.parent = newParent;
		const rekey = (entry: TAbstractFile, path: string): void => {
			const oldPath = entry.path;
			this.fileMap.delete(oldPath);
			const signature = this.signatures.get(oldPath);
			this.signatures.delete(oldPath);
			entry.setPath(path);
			this.fileMap.set(path, entry);
			if (signature !== undefined) this.signatures.set(path, signature);
			moved.push([entry, oldPath]);
			if (entry instanceof TFolder) for (const child of entry.children) rekey(child, `${path}/${child.name}`);
		};
		rekey(file, target);
		return moved;
	}

	private checkNewPath(path: string): string {
		const p = normalizePath(path);
		if (p === "/") throw new Error("Invalid path: the vault root");
		if (isHiddenPath(p)) throw new Error(`Hidden paths are not part of the vault, use vault.adapter: ${p}`);
		const illegal = this.strictPaths ? illegalNameError(p) : null;
		if (illegal) throw illegal;
		return p;
	}

	/** The vault's own object for a file a caller holds; throws if it is gone. */
	own(file: Obs.TFile): TFile {
		const own = this.fileMap.get(file.path);
		if (!(own instanceof TFile)) throw new Error(`ENOENT: no such file or directory '${file.path}'`);
		return own;
	}

	private ownAny(file: Obs.TAbstractFile): TAbstractFile {
		const own = this.fileMap.get(file.path);
		if (!own) throw new Error(`ENOENT: no such file or directory '${file.path}'`);
		return own;
	}
}
