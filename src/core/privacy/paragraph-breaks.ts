const HEADING = /^#{1,6}(?:[ \t]|$)/;
const FENCE = /^(?:`{3,}|~{3,})/;
const THEMATIC_BREAK = /^(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
/** A bullet item, or a numbered one starting at 1, with text after its marker: only those can end a paragraph. */
const LIST_ITEM = /^(?:[-+*]|0*1[.)])[ \t]+\S/;

/**
 * Whether a line starts a block that ends the paragraph before it, so it cannot be a lazy continuation of a
 * quote: a heading, a code fence, a thematic break, or a list item (CommonMark's rules for interrupting a
 * paragraph). A line indented by four or more spaces never does.
 */
export function startsNewBlock(line: string): boolean {
	const indent = /^[ \t]*/.exec(line)?.[0] ?? "";
	if (indent.replace(/\t/g, "    ").length >= 4) return false;
	const content = line.slice(indent.length);
	return HEADING.test(content) || FENCE.test(content) || THEMATIC_BREAK.test(content) || LIST_ITEM.test(content);
}

/** The fence a line opens or closes (``` or ~~~, any length of three or more), or null. */
export function fenceOf(line: string): string | null {
	const content = line.replace(/^[ \t]{0,3}/, "");
	return FENCE.exec(content)?.[0] ?? null;
}
