import type * as Obs from "../../node_modules/obsidian/obsidian";
import { fileName, splitExtension } from "./paths";
import type { Vault } from "./vault";

/** A file or folder of the vault. The vault keeps one object per path and updates it on rename. */
export abstract class TAbstractFile implements Obs.TAbstractFile {
	vault: Vault;
	path: string;
	name: string;
	parent: TFolder | null = null;

	constructor(vault: Vault, path: string) {
		this.vault = vault;
		this.path = path;
		this.name = path === "/" ? "" : fileName(path);
	}

	/** Harness only: the vault moved this entry. */
	setPath(path: string): void {
		this.path = path;
		this.name = fileName(path);
	}
}

export class TFile extends TAbstractFile implements Obs.TFile {
	stat: Obs.FileStats;
	basename: string;
	extension: string;

	constructor(vault: Vault, path: string, stat: Obs.FileStats) {
		super(vault, path);
		this.stat = stat;
		const parts = splitExtension(this.name);
		this.basename = parts.basename;
		this.extension = parts.extension;
	}

	override setPath(path: string): void {
		super.setPath(path);
		const parts = splitExtension(this.name);
		this.basename = parts.basename;
		this.extension = parts.extension;
	}
}

export class TFolder extends TAbstractFile implements Obs.TFolder {
	children: TAbstractFile[] = [];

	isRoot(): boolean {
		return this.path === "/";
	}
}
