import { numberedName } from "../../../src/core/files/safe-file-name";

export interface NotePlace {
	path: string;
	/** How other notes link to it: the bare name, unique in the vault. */
	link: string;
}

/**
 * Gives each new note a name no other note in the vault has (letter case ignored), numbering ` ~2`, ` ~3`
 * as the plugin's writer does: no duplicate titles, so every link by name resolves to one note.
 */
export class Namer {
	private readonly taken = new Set<string>();

	take(folder: string, baseName: string): NotePlace {
		for (let n = 1; ; n++) {
			const name = numberedName(baseName, n);
			const key = name.toLowerCase();
			if (this.taken.has(key)) continue;
			this.taken.add(key);
			return { path: `${folder}/${name}.md`, link: name };
		}
	}
}
