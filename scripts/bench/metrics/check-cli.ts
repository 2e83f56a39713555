import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { goalsVault, plainVault } from "../extra-vaults";
import { buildCheckFloor } from "../floor/build-floor";
import type { Metric } from "../metric";
import { repeat } from "../measure";

const PLAN = { warmup: 1, runs: 5 };

/** `intervisie check <dir> --json` as a whole process: start-up, reading, checking, printing. */
export const checkCli: Metric = {
	name: "check_cli",
	target: 1500,
	measure: ({ root, dir, vault }) => checkRuns(root, dir, vault.notes.filter((n) => n.kind !== null).length),
};

/** The least work of a correct check over the bench vault, as a process of its own (scripts/bench/floor). */
export const checkFloor: Metric = {
	name: "check_floor",
	measure: ({ root, dir }) => floorRuns(root, dir),
};

/** The same two over a vault of ordinary notes with none of ours: what a check costs on a real vault. */
export const checkCliPlain: Metric = {
	name: "check_cli_plain",
	measure: ({ root }) => checkRuns(root, plainVault().dir, 0),
};

export const checkFloorPlain: Metric = {
	name: "check_floor_plain",
	measure: ({ root }) => floorRuns(root, plainVault().dir),
};

/** 2,000 goals, each with its own name and id, and 2,000 of one name and one id. */
export const checkCliDistinct: Metric = {
	name: "check_cli_distinct",
	measure: ({ root }) => checkRuns(root, goalsVault(false).dir, goalsVault(false).ours),
};

export const checkCliSameName: Metric = {
	name: "check_cli_same_name",
	measure: ({ root }) => {
		const { dir, ours } = goalsVault(true);
		return checkRuns(root, dir, ours, (out) => {
			const problems = (JSON.parse(out) as { problems: { code: string }[] }).problems;
			if (!problems.some((p) => p.code === "duplicate-title") || !problems.some((p) => p.code === "conflict-copy")) {
				throw new Error("the check did not report the notes of one name and one id");
			}
		});
	},
};

function checkRuns(root: string, dir: string, ours: number, verify?: (stdout: string) => void): Promise<number[]> {
	const bin = join(root, "bin", "intervisie.cjs");
	return repeat(PLAN, () => {
		const start = performance.now();
		const run = spawnSync(process.execPath, [bin, "check", dir, "--json"], { encoding: "utf8", maxBuffer: 1 << 28 });
		const elapsed = performance.now() - start;
		// Exit code 1 means "the vault has problems", which is a result; 2 or a signal is a failure.
		if (run.error || (run.status !== 0 && run.status !== 1)) throw new Error(`intervisie check failed (${run.status ?? run.signal ?? String(run.error)}): ${run.stderr}`);
		const listed = (JSON.parse(run.stdout) as { notes: unknown[] }).notes.length;
		if (listed !== ours) throw new Error(`intervisie check listed ${listed} notes of ours; the vault has ${ours}`);
		verify?.(run.stdout);
		return elapsed;
	});
}

function floorRuns(root: string, dir: string): Promise<number[]> {
	const floor = buildCheckFloor(root);
	return repeat(PLAN, () => {
		const start = performance.now();
		const run = spawnSync(process.execPath, [floor, dir], { encoding: "utf8" });
		const elapsed = performance.now() - start;
		if (run.error || run.status !== 0) throw new Error(`the check floor failed (${run.status ?? run.signal ?? String(run.error)}): ${run.stderr}`);
		return elapsed;
	});
}
