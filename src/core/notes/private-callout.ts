/**
 * Wraps text in a private callout: Obsidian draws it as a visible box, so the writer sees what stays private,
 * and nothing inside it leaves the note. Line endings stay as they were; a blank line continues the box.
 */
export function wrapInPrivateCallout(text: string, title: string): string {
	const eol = text.includes("\r\n") ? "\r\n" : "\n";
	if (text === "") return `> [!private] ${title}${eol}> `;
	const lines = text.replace(/\r?\n$/, "").split(/\r?\n/);
	const body = lines.map((line) => (line === "" ? ">" : `> ${line}`));
	const trailing = /\r?\n$/.test(text) ? eol : "";
	return [`> [!private] ${title}`, ...body].join(eol) + trailing;
}
