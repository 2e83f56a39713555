/** Calendar arithmetic on `YYYY-MM-DD` in UTC, so the generated vault does not depend on the machine's time zone. */
export function addDays(day: string, days: number): string {
	const [y, m, d] = day.split("-").map(Number);
	return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
