export type FrontmatterScalar = string | number | boolean | null;
export type FrontmatterValue = FrontmatterScalar | readonly FrontmatterScalar[];
export type FrontmatterData = Readonly<Record<string, FrontmatterValue | undefined>>;

const PLAIN_SAFE = /^[\p{L}\p{N}][\p{L}\p{N} _.,'()/?!-]*$/u;
/** Every word YAML would read as something other than text: booleans, null, and numbers in any base (`0b0`, `-0x1F`). */
const LOOKS_TYPED = /^(?:true|false|yes|no|on|off|null|~|[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?|[-+]?0x[\da-f_]+|[-+]?0o[0-7_]+|[-+]?0b[01_]+|[-+]?\.inf|\.nan)$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Renders one string so that YAML reads it back as exactly that string. Dates stay unquoted, as Obsidian writes them. */
export function renderString(value: string): string {
	if (DAY.test(value)) return value;
	if (PLAIN_SAFE.test(value) && !LOOKS_TYPED.test(value) && !value.endsWith(" ") && !/ #|: /.test(value)) return value;
	return JSON.stringify(value);
}

function renderScalar(value: FrontmatterScalar): string {
	if (value === null) return "";
	if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
	if (typeof value === "boolean") return value ? "true" : "false";
	return renderString(value);
}

function renderKey(key: string): string {
	return /^[A-Za-z_][\w-]*$/.test(key) ? key : JSON.stringify(key);
}

/** The YAML lines of a frontmatter object (without the `---` fences), one property a line, lists as blocks. */
export function renderFrontmatterLines(data: FrontmatterData): string[] {
	const lines: string[] = [];
	for (const [key, value] of Object.entries(data)) {
		if (value === undefined) continue;
		if (Array.isArray(value)) {
			const items = value as readonly FrontmatterScalar[];
			if (items.length === 0) {
				lines.push(`${renderKey(key)}: []`);
				continue;
			}
			lines.push(`${renderKey(key)}:`);
			for (const item of items) lines.push(item === null ? "  -" : `  - ${renderScalar(item)}`);
			continue;
		}
		const scalar = renderScalar(value as FrontmatterScalar);
		lines.push(scalar === "" ? `${renderKey(key)}:` : `${renderKey(key)}: ${scalar}`);
	}
	return lines;
}

export function renderFrontmatter(data: FrontmatterData): string {
	return ["---", ...renderFrontmatterLines(data), "---", ""].join("\n");
}
