import { spawnSync } from "node:child_process";
import { join } from "node:path";
import type { Metric } from "../metric";
import { repeat } from "../measure";

/** `intervisie check <dir> --json` as a whole process: start-up, reading, checking, printing. */
export const checkCli: Metric = {
	name: "check_cli",
	target: 1500,
	measure: ({ root, dir, vault }) => {
		const bin = join(root, "bin", "intervisie.cjs");
		const ours = vault.notes.filter((n) => n.kind !== null).length;
		return repeat({ warmup: 1, runs: 5 }, () => {
			const start = performance.now();
			const run = spawnSync(process.execPath, [bin, "check", dir, "--json"], { encoding: "utf8", maxBuffer: 1 << 28 });
			const elapsed = performance.now() - start;
			// Exit code 1 means "the vault has problems", which is a result; 2 or a signal is a failure.
			if (run.error || (run.status !== 0 && run.status !== 1)) throw new Error(`intervisie check failed (${run.status ?? run.signal ?? String(run.error)}): ${run.stderr}`);
			const listed = (JSON.parse(run.stdout) as { notes: unknown[] }).notes.length;
			if (listed !== ours) throw new Error(`intervisie check listed ${listed} notes of ours; the vault has ${ours}`);
			return elapsed;
		});
	},
};
