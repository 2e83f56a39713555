import { resolve } from "node:path";
import { checkVault } from "../core/check/check-vault";
import { goalStatementFromBody } from "../core/coaching/goal-statement";
import { printableName } from "../core/text/printable-name";
import { localDay, systemClock } from "../core/dates/local-day";
import { checkJson, checkText } from "./check-output";
import type { CliIo } from "./cli-io";
import { EXIT } from "./cli-io";
import { defaultsLanguage, groupsFolderOf } from "./groups-folder";
import { readVault } from "./read-vault";
import { checkRecordFromText } from "./record-from-text";
import type { VaultContents } from "./read-vault";
import { assertFolder, reasonOf } from "./vault-folder";

export interface CheckArgs {
	vault: string;
	json: boolean;
	/** `--groups-folder`, inside the vault; null to take the plugin's setting. */
	groupsFolder: string | null;
}

/** `intervisie check <vault> [--json]`: reads the vault, never writes, and reports. */
export async function checkCommand(args: CheckArgs, io: CliIo): Promise<number> {
	const root = resolve(args.vault);
	await assertFolder(root, args.vault);
	let vault: VaultContents;
	try {
		vault = await readVault(root, checkRecordFromText);
	} catch (error) {
		io.stderr(`Could not read the vault ${printableName(args.vault)}: ${printableName(reasonOf(error))}\n`);
		return EXIT.failure;
	}
	const paths = vault.records.map((record) => record.path);
	const groups = await groupsFolderOf(root, args.groupsFolder, () => defaultsLanguage(paths, () => vault.bodies.values()));
	if (groups.warning) io.stderr(`${printableName(groups.warning)}\n`);
	const report = checkVault(vault.records, {
		today: localDay((io.now ?? systemClock)()),
		goalStatement: (path) => goalStatementFromBody(vault.bodies.get(path) ?? ""),
		fileProblems: vault.problems,
		groupsFolder: groups.folder,
	});
	io.stdout(args.json ? `${checkJson(report)}\n` : checkText(report, args.vault));
	return report.problems.some((problem) => problem.severity === "error") ? EXIT.errorsFound : EXIT.ok;
}
