/**
 * Targets that compare two figures of the same run: on a machine shared with other work both slow down
 * together, so their ratio holds where a figure alone would not.
 */
export interface RatioTarget {
	over: string;
	under: string;
	/** The ratio must be at most this… */
	max?: number;
	/** …or at least this. */
	min?: number;
	/** Why the two are compared, for docs/performance.md. */
	why: string;
}

export const RATIOS: readonly RatioTarget[] = [
	{ over: "naive_reparse", under: "index_update", min: 500, why: "an index pays per change, not per vault" },
	{ over: "dashboard_model", under: "index_cold", max: 0.4, why: "a redraw costs little next to loading the vault" },
	{ over: "dashboard_model_g21", under: "dashboard_model", max: 1.3, why: "other people's notes do not slow my dashboard" },
	{ over: "change_to_redraw", under: "naive_reparse", max: 0.1, why: "one change is drawn for a tenth of reading the vault again" },
	{ over: "dashboard_model_first_100k", under: "index_cold_100k", max: 2, why: "the first dashboard of a big vault" },
	{ over: "check_cli", under: "check_floor", max: 1.5, why: "the check does little more than reading the vault" },
	{ over: "check_cli_plain", under: "check_floor_plain", max: 1.5, why: "the same in a vault with none of our notes" },
	{ over: "check_cli_same_name", under: "check_cli_distinct", max: 1.5, why: "2,000 notes of one name and id are checked in linear time" },
];

export interface RatioResult {
	target: RatioTarget;
	ratio: number | null;
	pass: boolean | null;
}

export function ratioName(target: RatioTarget): string {
	return `${target.over} / ${target.under}`;
}

export function evaluateRatios(median: (name: string) => number | undefined): RatioResult[] {
	return RATIOS.map((target) => {
		const over = median(target.over);
		const under = median(target.under);
		if (over === undefined || under === undefined || under === 0) return { target, ratio: null, pass: null };
		const ratio = over / under;
		const pass = (target.max === undefined || ratio <= target.max) && (target.min === undefined || ratio >= target.min);
		return { target, ratio, pass };
	});
}

export function limitOf(target: RatioTarget): string {
	return target.max !== undefined ? `≤ ${target.max}×` : `≥ ${target.min ?? 0}×`;
}

export function shownRatio(ratio: number): string {
	return ratio >= 100 ? `${Math.round(ratio).toLocaleString("en")}×` : `${ratio.toFixed(2)}×`;
}
