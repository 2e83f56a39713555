/**
 * Replaces `{{name}}` for the names given and leaves everything else as it is: unknown placeholders, and
 * Templater's `<% … %>`, which Templater processes after the note is created.
 */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>): string {
	return text.replace(/\{\{\s*([\w-]+)\s*\}\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(values, name) ? (values[name] ?? "") : whole));
}
