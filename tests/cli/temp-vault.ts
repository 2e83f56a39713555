import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** A vault folder in the system's temp folder, filled from `{ "relative/path.md": "text" }`. */
export function makeVault(files: Record<string, string>): { root: string; remove: () => void } {
	const root = mkdtempSync(join(tmpdir(), "intervisie-vault-"));
	for (const [path, text] of Object.entries(files)) {
		const full = join(root, path);
		mkdirSync(dirname(full), { recursive: true });
		writeFileSync(full, text);
	}
	return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** A `vault(files)` for one test file: every folder it makes is removed after each test. */
export function tempVaults(afterEach: (fn: () => void) => void): (files: Record<string, string>) => string {
	let made: (() => void)[] = [];
	afterEach(() => {
		for (const remove of made) remove();
		made = [];
	});
	return (files) => {
		const vault = makeVault(files);
		made.push(vault.remove);
		return vault.root;
	};
}
