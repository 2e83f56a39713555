/** How often the answers are looked up before whatever is still unknown stays private. */
const MAX_ROUNDS = 8;

/**
 * Runs a computation that asks, synchronously, whether notes are private, where some answers need a slow look
 * (a note's text read from disk). Unknown notes count as private while the answers are looked up; the
 * computation runs again until it asks nothing new. Whatever is still unknown after the last round stays private.
 */
export async function withSettledPrivacy<T>(
	compute: (isPrivatePath: (path: string) => boolean) => T,
	lookUp: (paths: readonly string[]) => Promise<ReadonlyMap<string, boolean>>,
	known: Map<string, boolean> = new Map(),
): Promise<T> {
	for (let round = 0; ; round++) {
		const unknown = new Set<string>();
		const result = compute((path) => {
			const answer = known.get(path);
			if (answer !== undefined) return answer;
			unknown.add(path);
			return true;
		});
		if (unknown.size === 0 || round === MAX_ROUNDS) return result;
		const answers = await lookUp([...unknown]);
		for (const path of unknown) known.set(path, answers.get(path) ?? true);
	}
}
