import type * as Obs from "../../node_modules/obsidian/obsidian";
import "./dom";

/** Merges touching ranges: [[0,1],[1,2]] → [[0,2]]. */
function merge(matches: Obs.SearchMatches): Obs.SearchMatches {
	const sorted = [...matches].sort((a, b) => a[0] - b[0]);
	const merged: Obs.SearchMatches = [];
	for (const [start, end] of sorted) {
		const last = merged[merged.length - 1];
		if (last && start <= last[1]) last[1] = Math.max(last[1], end);
		else merged.push([start, end]);
	}
	return merged;
}

/**
 * Fuzzy search: the query's characters (spaces ignored, case-insensitive) in order in the text.
 * Runs of consecutive characters and an early first match score higher. Scores are ≤ 0.
 */
export function prepareFuzzySearch(query: string): (text: string) => Obs.SearchResult | null {
	const chars = [...query.toLowerCase().replace(/\s+/g, "")];
	return (text) => {
		const lower = text.toLowerCase();
		const matches: Obs.SearchMatches = [];
		let at = 0;
		let score = 0;
		for (const char of chars) {
			const found = lower.indexOf(char, at);
			if (found < 0) return null;
			score -= found - at;
			matches.push([found, found + char.length]);
			at = found + char.length;
		}
		const merged = merge(matches);
		score -= merged.length * 2 + (merged[0]?.[0] ?? 0) * 0.1;
		return { score: chars.length === 0 ? 0 : score, matches: merged };
	};
}

/** Every space-separated word of the query must occur in the text (case-insensitive). */
export function prepareSimpleSearch(query: string): (text: string) => Obs.SearchResult | null {
	const words = query.toLowerCase().split(/\s+/).filter((w) => w !== "");
	return (text) => {
		const lower = text.toLowerCase();
		const matches: Obs.SearchMatches = [];
		for (const word of words) {
			const found = lower.indexOf(word);
			if (found < 0) return null;
			matches.push([found, found + word.length]);
		}
		const merged = merge(matches);
		return { score: -(merged[0]?.[0] ?? 0), matches: merged };
	};
}

/** Best score first; a stable sort keeps the original order among equals. */
export function sortSearchResults(results: Obs.SearchResultContainer[]): void {
	results.sort((a, b) => b.match.score - a.match.score);
}

export function renderMatches(el: HTMLElement | DocumentFragment, text: string, matches: Obs.SearchMatches | null, offset = 0): void {
	let at = 0;
	for (const [rawStart, rawEnd] of matches ?? []) {
		const start = rawStart + offset;
		const end = rawEnd + offset;
		if (start < at || start >= text.length) continue;
		if (start > at) el.appendText(text.slice(at, start));
		el.createSpan({ cls: "suggestion-highlight", text: text.slice(start, end) });
		at = end;
	}
	if (at < text.length) el.appendText(text.slice(at));
}

export function renderResults(el: HTMLElement, text: string, result: Obs.SearchResult, offset?: number): void {
	renderMatches(el, text, result.matches, offset);
}
