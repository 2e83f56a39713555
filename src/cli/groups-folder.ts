import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { insideVault, isWithin } from "../core/files/inside-vault";
import type { Language } from "../core/i18n/language";
import { guessLanguage } from "../core/report/guess-language";
import { defaultSettings, settingsFromData } from "../core/settings/settings";
import { UsageError } from "./cli-io";

/** Where Obsidian keeps this plugin's settings inside the vault's config folder. */
export const PLUGIN_DATA = "plugins/intervisie-journal/data.json";

/** Obsidian's config folder unless the user renamed it; a renamed one is another dot-folder at the vault's root. */
const DEFAULT_CONFIG_FOLDER = ".obsidian";

/** The plugin's saved data also holds form drafts; a file far over what settings take is not read. */
const MAX_DATA_BYTES = 4 * 1024 * 1024;

export interface GroupsFolder {
	/** Vault-relative, without slashes at either end. */
	folder: string;
	/** Said on standard error when the plugin's settings exist but cannot be read. */
	warning: string | null;
}

/** `--groups-folder`, checked to stay inside the vault; null when not given. */
export function givenGroupsFolder(value: string | undefined): string | null {
	if (value === undefined) return null;
	const folder = insideVault(value);
	if (folder === null || folder === "") throw new UsageError(`--groups-folder must be a folder inside the vault, got: ${value}`);
	return folder;
}

/**
 * The groups folder as the plugin names it: `--groups-folder` when given; else the plugin's setting, read from
 * `data.json` in the vault's config folder; else the plugin's default for the notes' language. So the command
 * line and the plugin tell a member's shared copy from one's own note by the same rule.
 */
export async function groupsFolderOf(root: string, given: string | null, language: () => Language): Promise<GroupsFolder> {
	if (given !== null) return { folder: given, warning: null };
	const file = await settingsFile(root);
	if (file === null) return { folder: settingsFromData(undefined, language()).groupsFolder, warning: null };
	try {
		const info = await stat(join(root, file));
		if (info.size > MAX_DATA_BYTES) throw new Error(`over ${MAX_DATA_BYTES / (1024 * 1024)} MB`);
		const data = JSON.parse(await readFile(join(root, file), "utf8")) as { settings?: unknown } | null;
		return { folder: settingsFromData(data?.settings, language()).groupsFolder, warning: null };
	} catch (error) {
		const folder = settingsFromData(undefined, language()).groupsFolder;
		const reason = error instanceof Error ? error.message : String(error);
		return { folder, warning: `Could not read the plugin's settings in ${file} (${reason}); the groups folder is taken to be ${folder}.` };
	}
}

/** The plugin's `data.json`, vault-relative: in `.obsidian` first, else in the first other dot-folder that has one. */
async function settingsFile(root: string): Promise<string | null> {
	let names: string[];
	try {
		names = (await readdir(root, { withFileTypes: true })).filter((entry) => entry.isDirectory() && entry.name.startsWith(".")).map((entry) => entry.name);
	} catch {
		return null;
	}
	const ordered = [DEFAULT_CONFIG_FOLDER, ...names.filter((name) => name !== DEFAULT_CONFIG_FOLDER).sort()];
	for (const folder of ordered) {
		const file = `${folder}/${PLUGIN_DATA}`;
		if (names.includes(folder) && (await isFile(join(root, file)))) return file;
	}
	return null;
}

async function isFile(path: string): Promise<boolean> {
	try {
		return (await stat(path)).isFile();
	} catch {
		return false;
	}
}

/**
 * The language whose default groups folder the plugin would use, for settings that do not name one: the one
 * whose default folder holds notes; when both do, the language the notes are written in. When neither does,
 * the choice changes nothing, and the notes are not read for it.
 */
export function defaultsLanguage(paths: readonly string[], bodies: () => Iterable<string>): Language {
	const holding = (["en", "nl"] as const).filter((language) => {
		const folder = defaultSettings(language).groupsFolder;
		return paths.some((path) => isWithin(path, folder));
	});
	if (holding.length === 2) return guessLanguage(bodies());
	return holding[0] ?? "en";
}
