import * as fs from "node:fs";
import * as nodePath from "node:path";
import type * as Obs from "../../node_modules/obsidian/obsidian";
import { fileName, joinPath, normalizePath, parentPath } from "./paths";

/**
 * The vault's `DataAdapter` over a real folder. Paths are vault-relative and normalized. It works
 * synchronously under its promises so that `settle()` sees every write finished. Writes to visible
 * paths are reported to `onExternalChange`, as Obsidian's file watcher would.
 */
export class DiskAdapter implements Obs.DataAdapter {
	/** Creation times: the file system of a test machine may not keep them. */
	private readonly ctimes = new Map<string, number>();
	onExternalChange: (path: string) => void = () => {};

	constructor(readonly basePath: string) {}

	getName(): string {
		return nodePath.basename(this.basePath);
	}

	getBasePath(): string {
		return this.basePath;
	}

	getFullPath(normalizedPath: string): string {
		const rel = normalizePath(normalizedPath);
		return rel === "/" ? this.basePath : nodePath.join(this.basePath, ...rel.split("/"));
	}

	getFilePath(normalizedPath: string): string {
		return `file://${this.getFullPath(normalizedPath)}`;
	}

	getResourcePath(normalizedPath: string): string {
		const full = this.getFullPath(normalizedPath);
		const mtime = this.statSync(normalizedPath)?.mtime ?? 0;
		return `app://local${encodeURI(full)}?${mtime}`;
	}

	async exists(normalizedPath: string, sensitive?: boolean): Promise<boolean> {
		return this.existsSync(normalizedPath, sensitive ?? false);
	}

	existsSync(path: string, sensitive = true): boolean {
		if (fs.existsSync(this.getFullPath(path))) return true;
		if (sensitive) return false;
		const parent = parentPath(normalizePath(path));
		const dir = this.getFullPath(parent);
		if (!fs.existsSync(dir)) return false;
		const wanted = fileName(normalizePath(path)).toLowerCase();
		return fs.readdirSync(dir).some((name) => name.toLowerCase() === wanted);
	}

	async stat(normalizedPath: string): Promise<Obs.Stat | null> {
		return this.statSync(normalizedPath);
	}

	statSync(path: string): Obs.Stat | null {
		const full = this.getFullPath(path);
		if (!fs.existsSync(full)) return null;
		const st = fs.statSync(full);
		const key = normalizePath(path);
		if (!this.ctimes.has(key)) this.ctimes.set(key, Math.round(st.birthtimeMs || st.ctimeMs));
		return {
			type: st.isDirectory() ? "folder" : "file",
			ctime: this.ctimes.get(key) ?? 0,
			mtime: Math.round(st.mtimeMs),
			size: st.isDirectory() ? 0 : st.size,
		};
	}

	async list(normalizedPath: string): Promise<Obs.ListedFiles> {
		const folder = normalizePath(normalizedPath);
		const result: Obs.ListedFiles = { files: [], folders: [] };
		for (const entry of fs.readdirSync(this.getFullPath(folder), { withFileTypes: true })) {
			const path = joinPath(folder, entry.name);
			if (entry.isDirectory()) result.folders.push(path);
			else result.files.push(path);
		}
		return result;
	}

	async read(normalizedPath: string): Promise<string> {
		return this.readSync(normalizedPath);
	}

	readSync(path: string): string {
		return fs.readFileSync(this.getFullPath(path), "utf8");
	}

	async readBinary(normalizedPath: string): Promise<ArrayBuffer> {
		const data = fs.readFileSync(this.getFullPath(normalizedPath));
		return data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
	}

	async write(normalizedPath: string, data: string, options?: Obs.DataWriteOptions): Promise<void> {
		this.writeSync(normalizedPath, data, options);
		this.onExternalChange(normalizePath(normalizedPath));
	}

	/** Writes without telling the watcher: the vault itself reports what it writes. */
	writeSync(path: string, data: string | Uint8Array, options?: Obs.DataWriteOptions): void {
		const full = this.getFullPath(path);
		if (!fs.existsSync(nodePath.dirname(full))) {
			throw new Error(`ENOENT: no such file or directory, open '${normalizePath(path)}'`);
		}
		fs.writeFileSync(full, data);
		this.applyTimes(path, options);
	}

	applyTimes(path: string, options?: Obs.DataWriteOptions): void {
		const key = normalizePath(path);
		if (options?.ctime !== undefined) this.ctimes.set(key, options.ctime);
		if (options?.mtime !== undefined) {
			const when = new Date(options.mtime);
			fs.utimesSync(this.getFullPath(path), when, when);
		}
	}

	async writeBinary(normalizedPath: string, data: ArrayBuffer, options?: Obs.DataWriteOptions): Promise<void> {
		this.writeSync(normalizedPath, new Uint8Array(data), options);
		this.onExternalChange(normalizePath(normalizedPath));
	}

	async append(normalizedPath: string, data: string, options?: Obs.DataWriteOptions): Promise<void> {
		fs.appendFileSync(this.getFullPath(normalizedPath), data);
		this.applyTimes(normalizedPath, options);
		this.onExternalChange(normalizePath(normalizedPath));
	}

	async appendBinary(normalizedPath: string, data: ArrayBuffer, options?: Obs.DataWriteOptions): Promise<void> {
		fs.appendFileSync(this.getFullPath(normalizedPath), new Uint8Array(data));
		this.applyTimes(normalizedPath, options);
		this.onExternalChange(normalizePath(normalizedPath));
	}

	async process(normalizedPath: string, fn: (data: string) => string, options?: Obs.DataWriteOptions): Promise<string> {
		const before = this.readSync(normalizedPath);
		const after = fn(before);
		if (after !== before) await this.write(normalizedPath, after, options);
		return after;
	}

	async mkdir(normalizedPath: string): Promise<void> {
		this.mkdirSync(normalizedPath);
		this.onExternalChange(normalizePath(normalizedPath));
	}

	mkdirSync(path: string): void {
		fs.mkdirSync(this.getFullPath(path), { recursive: true });
	}

	async trashSystem(normalizedPath: string): Promise<boolean> {
		await this.remove(normalizedPath);
		return true;
	}

	async trashLocal(normalizedPath: string): Promise<void> {
		const target = this.freeTrashPath(fileName(normalizePath(normalizedPath)));
		this.mkdirSync(".trash");
		fs.renameSync(this.getFullPath(normalizedPath), this.getFullPath(target));
		this.onExternalChange(normalizePath(normalizedPath));
	}

	private freeTrashPath(name: string): string {
		let candidate = `.trash/${name}`;
		for (let n = 1; fs.existsSync(this.getFullPath(candidate)); n++) candidate = `.trash/${n} ${name}`;
		return candidate;
	}

	async rmdir(normalizedPath: string, recursive: boolean): Promise<void> {
		fs.rmSync(this.getFullPath(normalizedPath), { recursive, force: false });
		this.onExternalChange(normalizePath(normalizedPath));
	}

	async remove(normalizedPath: string): Promise<void> {
		this.removeSync(normalizedPath);
		this.onExternalChange(normalizePath(normalizedPath));
	}

	removeSync(path: string): void {
		fs.rmSync(this.getFullPath(path), { recursive: true, force: false });
		this.ctimes.delete(normalizePath(path));
	}

	async rename(normalizedPath: string, normalizedNewPath: string): Promise<void> {
		this.renameSync(normalizedPath, normalizedNewPath);
		this.onExternalChange(normalizePath(normalizedPath));
		this.onExternalChange(normalizePath(normalizedNewPath));
	}

	renameSync(from: string, to: string): void {
		const target = this.getFullPath(to);
		if (!fs.existsSync(nodePath.dirname(target))) {
			throw new Error(`ENOENT: no such file or directory, rename '${normalizePath(from)}' -> '${normalizePath(to)}'`);
		}
		fs.renameSync(this.getFullPath(from), target);
		const ctime = this.ctimes.get(normalizePath(from));
		if (ctime !== undefined) this.ctimes.set(normalizePath(to), ctime);
		this.ctimes.delete(normalizePath(from));
	}

	async copy(normalizedPath: string, normalizedNewPath: string): Promise<void> {
		fs.cpSync(this.getFullPath(normalizedPath), this.getFullPath(normalizedNewPath), { recursive: true });
		this.onExternalChange(normalizePath(normalizedNewPath));
	}
}

/** The desktop adapter: `instanceof FileSystemAdapter` is how plugins detect desktop file access. */
export class FileSystemAdapter extends DiskAdapter {}

/** The mobile adapter: same disk underneath, but not a `FileSystemAdapter`. */
export class CapacitorAdapter extends DiskAdapter {}
