/**
 * True when two words differ by at most one typo: one letter left out, added, changed or two swapped.
 * Only words of six letters or more, so short words never stand in for each other.
 */
export function isNearWord(typed: string, word: string): boolean {
	if (typed === word) return true;
	if (word.length < 6 || Math.abs(typed.length - word.length) > 1) return false;
	let i = 0;
	while (i < typed.length && i < word.length && typed.charAt(i) === word.charAt(i)) i++;
	const restTyped = typed.length - i;
	const restWord = word.length - i;
	if (restTyped === restWord) {
		if (typed.slice(i + 1) === word.slice(i + 1)) return true;
		return typed.charAt(i) === word.charAt(i + 1) && typed.charAt(i + 1) === word.charAt(i) && typed.slice(i + 2) === word.slice(i + 2);
	}
	return restTyped > restWord ? typed.slice(i + 1) === word.slice(i) : typed.slice(i) === word.slice(i + 1);
}
