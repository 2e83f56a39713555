import type { SessionRow } from "../../core/dashboard/dashboard-model";
import { dayDistance } from "./format";

export const SESSION_PAGE_SIZE = 8;

/**
 * The `shown` sessions nearest to today (undated ones last), kept in the model's timeline order, so a long
 * trajectory opens on what is current rather than on its first or last page.
 */
export function nearestSessions(rows: readonly SessionRow[], today: string, shown: number): SessionRow[] {
	if (rows.length <= shown) return [...rows];
	const distance = (row: SessionRow): number => {
		const days = row.date === null ? null : dayDistance(today, row.date);
		return days === null ? Number.POSITIVE_INFINITY : Math.abs(days);
	};
	const chosen = new Set(
		rows
			.map((row, index) => ({ index, distance: distance(row) }))
			.sort((a, b) => a.distance - b.distance || a.index - b.index)
			.slice(0, shown)
			.map((entry) => entry.index),
	);
	return rows.filter((_, index) => chosen.has(index));
}
