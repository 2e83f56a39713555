import yaml from "js-yaml";

/**
 * Obsidian's YAML: no timestamp type (dates stay strings), numbers, booleans and null keep theirs.
 * Throws on malformed YAML.
 */
export function parseYaml(text: string): unknown {
	return yaml.load(text, { schema: yaml.CORE_SCHEMA });
}

/**
 * Block style, no line folding, no anchors; strings that need quotes get double quotes, as Obsidian
 * writes them (`goal: "[[Listen better]]"`). Comments and the original quoting are not kept.
 */
export function stringifyYaml(obj: unknown): string {
	const dumped = yaml.dump(obj, { schema: yaml.CORE_SCHEMA, lineWidth: -1, noRefs: true });
	return dumped
		.split("\n")
		.map(new QuoteConverter().line)
		.join("\n");
}

/** Rewrites js-yaml's single-quoted scalars line by line, leaving block scalars alone. */
class QuoteConverter {
	/** Indentation of the line that opened a block scalar; its content lines are deeper. */
	private blockIndent: number | null = null;

	line = (text: string): string => {
		const indent = text.length - text.trimStart().length;
		if (this.blockIndent !== null) {
			if (text.trim() === "" || indent > this.blockIndent) return text;
			this.blockIndent = null;
		}
		let at = indent;
		while (text.startsWith("- ", at)) at += 2;
		const head = text.slice(0, at);
		const node = this.node(text.slice(at));
		if (node.opensBlock) this.blockIndent = indent;
		return head + node.text;
	};

	/** A key with its value, or a lone value. */
	private node(text: string): { text: string; opensBlock: boolean } {
		const key = scalarEnd(text);
		if (key !== null && text.startsWith(":", key) && (key + 1 === text.length || text[key + 1] === " ")) {
			const rest = text.slice(key + 1);
			const value = rest.trimStart();
			const gap = rest.slice(0, rest.length - value.length);
			return { text: requote(text.slice(0, key)) + ":" + gap + requote(value), opensBlock: isBlockHeader(value) };
		}
		return { text: requote(text), opensBlock: isBlockHeader(text) };
	}
}

/** Where the scalar at the start of `text` ends when it is a mapping key candidate, or null. */
function scalarEnd(text: string): number | null {
	if (text.startsWith("'")) {
		for (let i = 1; i < text.length; i++) {
			if (text[i] !== "'") continue;
			if (text[i + 1] === "'") i++;
			else return i + 1;
		}
		return null;
	}
	if (text.startsWith('"')) {
		for (let i = 1; i < text.length; i++) {
			if (text[i] === "\\") i++;
			else if (text[i] === '"') return i + 1;
		}
		return null;
	}
	const colon = text.search(/:( |$)/);
	return colon < 0 ? null : colon;
}

function requote(scalar: string): string {
	if (!scalar.startsWith("'") || !scalar.endsWith("'") || scalar.length < 2) return scalar;
	return JSON.stringify(scalar.slice(1, -1).replace(/''/g, "'"));
}

function isBlockHeader(value: string): boolean {
	return /^[|>][0-9+-]*$/.test(value);
}
