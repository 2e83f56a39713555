import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { checkVault } from "../core/check/check-vault";
import { goalStatementFromBody } from "../core/coaching/goal-statement";
import { localDay } from "../core/dates/local-day";
import { checkJson, checkText } from "./check-output";
import type { CliIo } from "./cli-io";
import { EXIT, UsageError } from "./cli-io";
import { readVault } from "./read-vault";
import type { VaultContents } from "./read-vault";

export interface CheckArgs {
	vault: string;
	json: boolean;
}

/** `intervisie check <vault> [--json]`: reads the vault, never writes, and reports. */
export async function checkCommand(args: CheckArgs, io: CliIo): Promise<number> {
	const root = resolve(args.vault);
	await assertFolder(root, args.vault);
	let vault: VaultContents;
	try {
		vault = await readVault(root);
	} catch (error) {
		io.stderr(`Could not read the vault ${args.vault}: ${reasonOf(error)}\n`);
		return EXIT.failure;
	}
	const report = checkVault(vault.records, {
		today: localDay((io.now ?? (() => new Date()))()),
		goalStatement: (path) => goalStatementFromBody(vault.bodies.get(path) ?? ""),
	});
	io.stdout(args.json ? `${checkJson(report)}\n` : checkText(report, args.vault));
	return report.problems.some((problem) => problem.severity === "error") ? EXIT.errorsFound : EXIT.ok;
}

async function assertFolder(root: string, given: string): Promise<void> {
	let info;
	try {
		info = await stat(root);
	} catch (error) {
		const code = (error as { code?: string }).code;
		throw new UsageError(code === "ENOENT" ? `No such folder: ${given}` : `Cannot open ${given}: ${reasonOf(error)}`);
	}
	if (!info.isDirectory()) throw new UsageError(`Not a folder: ${given}. Give the vault's folder.`);
}

function reasonOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
