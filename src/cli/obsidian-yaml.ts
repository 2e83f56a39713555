import yaml from "js-yaml";
import { MAX_PROPERTIES_LENGTH, MAX_PROPERTY_VALUES, propertiesWithinBound } from "../core/yaml/properties-bound";

/** No real properties block comes near this; a bigger one is not parsed at all (the same bound as the plugin's). */
export const MAX_PROPERTIES_BYTES = MAX_PROPERTIES_LENGTH;
export { MAX_PROPERTY_VALUES };

/**
 * Parses frontmatter YAML the way Obsidian presents it: the core schema has no timestamp type, so
 * `2024-07-21` stays a string, while numbers, booleans and `null` (an empty value) keep their types.
 * Returns null when the YAML holds no mapping (empty, only comments, a scalar or a list).
 * Throws a YamlSyntaxError with a one-line reason when the YAML is malformed or over a bound.
 */
export function parseObsidianYaml(text: string): Record<string, unknown> | null {
	if (text.length > MAX_PROPERTIES_BYTES || Buffer.byteLength(text, "utf8") > MAX_PROPERTIES_BYTES) {
		throw new YamlSyntaxError(`the properties are over the bound of ${MAX_PROPERTIES_BYTES / 1024} KB`, null, null);
	}
	let value: unknown;
	try {
		value = yaml.load(text, { schema: yaml.CORE_SCHEMA });
	} catch (error) {
		throw syntaxError(error);
	}
	// js-yaml keeps an alias as a reference to its anchor's value, so loading stays linear in the text;
	// counting the expanded values (each shared value walked once) bounds what the readers after it walk.
	if (!propertiesWithinBound(value, text)) {
		throw new YamlSyntaxError(
			`the properties are over the bound of ${MAX_PROPERTY_VALUES.toLocaleString("en")} values once their aliases are expanded`,
			null,
			null,
		);
	}
	return isPlainRecord(value) ? value : null;
}

/** For gray-matter's `engines: { yaml: yamlEngine }`; gray-matter expects an object, never null. */
export const yamlEngine = {
	parse(text: string): Record<string, unknown> {
		return parseObsidianYaml(text) ?? {};
	},
	stringify(data: object): string {
		return yaml.dump(data, { schema: yaml.CORE_SCHEMA });
	},
};

/** Malformed YAML: js-yaml's wording, and where (zero-based, within the parsed text) when known. */
export class YamlSyntaxError extends Error {
	override name = "YamlSyntaxError";

	constructor(
		readonly reason: string,
		readonly line: number | null,
		readonly column: number | null,
	) {
		super(line === null || column === null ? reason : `${reason} (line ${line + 1}, column ${column + 1})`);
	}
}

function syntaxError(error: unknown): YamlSyntaxError {
	const { reason, mark, message } = (error ?? {}) as {
		reason?: unknown;
		mark?: { line?: unknown; column?: unknown };
		message?: unknown;
	};
	const line = typeof mark?.line === "number" ? mark.line : null;
	const column = typeof mark?.column === "number" ? mark.column : null;
	if (typeof reason === "string") return new YamlSyntaxError(reason, line, column);
	return new YamlSyntaxError(typeof message === "string" ? message : String(error), null, null);
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}
