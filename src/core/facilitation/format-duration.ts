const pad = (n: number): string => String(n).padStart(2, "0");

/** `m:ss`, or `h:mm:ss` from an hour on; the sign is left to the words around it. */
export function formatDuration(ms: number): string {
	const seconds = Math.floor(Math.abs(ms) / 1000);
	const h = Math.floor(seconds / 3600);
	const m = Math.floor((seconds % 3600) / 60);
	const s = seconds % 60;
	return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}
