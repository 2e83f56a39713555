import { rmSync } from "node:fs";
import { generateVault, writeVault } from "./vault/generate";
import type { VaultNote } from "./vault/vault-note";

export interface VaultOnDisk {
	dir: string;
	ours: number;
}

const written = new Map<string, VaultOnDisk>();

/** Writes a vault once per run, on first use; `removeExtraVaults` deletes them all at the end. */
function once(name: string, make: () => VaultNote[]): VaultOnDisk {
	let vault = written.get(name);
	if (!vault) {
		const notes = make();
		vault = { dir: writeVault(notes), ours: notes.filter((n) => n.kind !== null).length };
		written.set(name, vault);
	}
	return vault;
}

export function removeExtraVaults(): void {
	for (const { dir } of written.values()) rmSync(dir, { recursive: true, force: true });
	written.clear();
}

/** A real vault of someone who keeps none of our notes: 10,000 daily and ordinary notes, the same mix as the bench vault's. */
export function plainVault(): VaultOnDisk {
	return once("plain", () => generateVault({ seed: 20260416, notes: 10_000, groups: 0, today: "2026-04-15" }).notes);
}

export const SAME_NAME_NOTES = 2_000;

/**
 * 2,000 goals in folders of their own: all with one name and one id (`same`), or each with its own
 * (`distinct`). Every problem about a name or an id names a few others and counts the rest.
 */
export function goalsVault(same: boolean): VaultOnDisk {
	return once(same ? "same-name" : "distinct", () =>
		Array.from({ length: SAME_NAME_NOTES }, (_, i) => {
			const n = String(i).padStart(4, "0");
			const title = same ? "Listen better" : `Listen better ${n}`;
			const id = same ? "goal-listen-better" : `goal-${n}`;
			const text = `---\nintervisie: goal\nschema: 1\nid: ${id}\nauthor: Sanne de Vries\nstatus: active\ndeadline: 2026-06-30\n---\n# ${title}\n\n## Behaviour\n\nI ask one open question before I give advice, in every team meeting.\n`;
			return { path: `Goals/${n}/${title}.md`, text, kind: "goal" as const, author: "Sanne de Vries" };
		}),
	);
}
