import { generateVault } from "../vault/generate";
import type { BenchVault } from "../vault/generate";

const made = new Map<string, BenchVault>();

function once(name: string, make: () => BenchVault): BenchVault {
	let vault = made.get(name);
	if (!vault) made.set(name, (vault = make()));
	return vault;
}

/** The bench vault's 10,000 notes with three times as many groups (21): the busiest member is the same. */
export function vaultOf21Groups(): BenchVault {
	return once("g21", () => generateVault({ seed: 20260415, notes: 10_000, groups: 21, today: "2026-04-15" }));
}

/** 100,000 notes: the bench vault's 7 groups, and ten times as many ordinary notes. Kept in memory only. */
export function vaultOf100k(): BenchVault {
	return once("100k", () => generateVault({ seed: 20260415, notes: 100_000, groups: 7, today: "2026-04-15" }));
}

/** Lets the big vaults go once their figures are measured, so they do not slow the rest of the run. */
export function forgetBigVaults(): void {
	made.clear();
}
