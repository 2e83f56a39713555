import { atxHeading, type AtxHeading } from "../markdown/atx-heading";
import { escapeTypedHeading, unescapeTypedHeading } from "../markdown/escaped-heading";
import { findPropertiesBlock } from "../markdown/properties-block";

/**
 * Notes taken per phase while running a session live in the session note: under its notes section, one
 * `###` subsection per phase in the method's order. Edits are computed as one text replacement so the
 * plugin can apply them through an open editor without touching anything else in the note.
 */
export interface TextEdit {
	from: number;
	to: number;
	insert: string;
}

interface Line {
	start: number;
	/** Start of the next line, or the end of the text. */
	next: number;
	text: string;
}

const FENCE = /^\s{0,3}(```|~~~)/;

export function applyTextEdit(text: string, edit: TextEdit): string {
	return text.slice(0, edit.from) + edit.insert + text.slice(edit.to);
}

/** The notes of one phase as plain text, or null when the note has none for it. */
export function readPhaseNotes(text: string, section: string, phase: string): string | null {
	const lines = splitLines(text);
	const found = findSection(lines, bodyLine(text, lines), section);
	if (!found) return null;
	const sub = findSubsection(lines, found, phase);
	if (!sub) return null;
	const content = lines.slice(sub.heading + 1, sub.end).map((l) => unescapeTypedHeading(l.text));
	return clean(content.join("\n"));
}

/** The edit that makes `notes` the content of the phase's subsection; an empty edit when nothing changes. */
export function phaseNotesEdit(text: string, section: string, phases: readonly string[], phase: string, notes: string): TextEdit {
	const eol = text.includes("\r\n") ? "\r\n" : "\n";
	const cleaned = clean(notes);
	const written = cleaned === "" ? [] : cleaned.split("\n").map(escapeTypedHeading);
	const lines = splitLines(text);
	const body = bodyLine(text, lines);
	const found = findSection(lines, body, section);
	const none: TextEdit = { from: 0, to: 0, insert: "" };

	if (!found) {
		if (written.length === 0) return none;
		// A code block left open at the end would swallow the new section: close it first.
		const fence = openFenceAtEnd(lines, body);
		const block = [...(fence ? [fence, ""] : []), `## ${section}`, "", `### ${phase}`, "", ...written].join(eol) + eol;
		return { from: text.length, to: text.length, insert: separation(text, lines, text.length, eol) + block };
	}
	const sub = findSubsection(lines, found, phase);
	if (!sub) {
		if (written.length === 0) return none;
		const at = insertionLine(lines, found, phases, phase);
		const pos = at < lines.length ? (lines[at]?.start ?? text.length) : text.length;
		const followed = at < lines.length;
		const block = [`### ${phase}`, "", ...written].join(eol) + eol + (followed ? eol : "");
		return { from: pos, to: pos, insert: separation(text, lines, pos, eol) + block };
	}
	const headingLine = lines[sub.heading];
	const from = headingLine ? headingLine.next : text.length;
	const followed = sub.end < lines.length;
	const to = followed ? (lines[sub.end]?.start ?? text.length) : text.length;
	const lead = from === text.length && !endsWithNewline(text) ? eol : "";
	const insert = lead + (written.length ? eol + written.join(eol) + eol + (followed ? eol : "") : followed ? eol : "");
	if (text.slice(from, to) === insert) return { from, to: from, insert: "" };
	return { from, to, insert };
}

/** Notes as the view shows them: one kind of line ending, no blank lines before, no white space after. */
function clean(notes: string): string {
	return notes.replace(/\r\n?/g, "\n").replace(/^(?:[ \t]*\n)+/, "").trimEnd();
}

function endsWithNewline(text: string): boolean {
	return text.endsWith("\n");
}

/** What goes before a new block at `pos` so it starts on a line of its own after a blank line. */
function separation(text: string, lines: readonly Line[], pos: number, eol: string): string {
	if (pos === 0) return "";
	let prefix = pos === text.length && !endsWithNewline(text) ? eol : "";
	const before = [...lines].reverse().find((l) => l.start < pos);
	if (before && before.text.trim() !== "") prefix += eol;
	return prefix;
}

function splitLines(text: string): Line[] {
	const lines: Line[] = [];
	if (text === "") return lines;
	let start = 0;
	while (start < text.length) {
		const nl = text.indexOf("\n", start);
		const end = nl < 0 ? text.length : nl;
		const next = nl < 0 ? text.length : nl + 1;
		lines.push({ start, next, text: text.slice(start, end).replace(/\r$/, "") });
		start = next;
	}
	return lines;
}

interface SectionSpan {
	heading: number;
	end: number;
}

/** The level-2 section with this heading (any letter case), outside the frontmatter and code blocks. */
function findSection(lines: readonly Line[], body: number, section: string): SectionSpan | null {
	const wanted = section.trim().toLowerCase();
	let fenced = false;
	for (let i = body; i < lines.length; i++) {
		const text = lines[i]?.text ?? "";
		if (FENCE.test(text)) fenced = !fenced;
		if (fenced) continue;
		const match = headingOf(text);
		if (match?.level === 2 && match.text.trim().toLowerCase() === wanted) return { heading: i, end: nextHeading(lines, i, 2) };
	}
	return null;
}

/** Inside our own section headings are plain lines: typed ones are escaped, so code fences need no tracking. */
function nextHeading(lines: readonly Line[], after: number, maxLevel: number): number {
	for (let i = after + 1; i < lines.length; i++) {
		const level = headingOf(lines[i]?.text ?? "")?.level;
		if (level !== undefined && level <= maxLevel) return i;
	}
	return lines.length;
}

function findSubsection(lines: readonly Line[], section: SectionSpan, phase: string): SectionSpan | null {
	const wanted = phase.trim().toLowerCase();
	for (let i = section.heading + 1; i < section.end; i++) {
		const match = headingOf(lines[i]?.text ?? "");
		if (match?.level === 3 && match.text.trim().toLowerCase() === wanted) return { heading: i, end: Math.min(nextHeading(lines, i, 3), section.end) };
	}
	return null;
}

/** A new phase goes before the first subsection of a later phase, else at the end of the section. */
function insertionLine(lines: readonly Line[], section: SectionSpan, phases: readonly string[], phase: string): number {
	const order = phases.map((p) => p.trim().toLowerCase());
	const own = order.indexOf(phase.trim().toLowerCase());
	for (let i = section.heading + 1; i < section.end; i++) {
		const match = headingOf(lines[i]?.text ?? "");
		if (match?.level !== 3) continue;
		const index = order.indexOf(match.text.trim().toLowerCase());
		if (own >= 0 && index > own) return i;
	}
	return section.end;
}

function openFenceAtEnd(lines: readonly Line[], body: number): string | null {
	let open: string | null = null;
	for (let i = body; i < lines.length; i++) {
		const marker = FENCE.exec(lines[i]?.text ?? "")?.[1];
		if (marker) open = open === null ? marker : null;
	}
	return open;
}

/** `## Title`, `## Title ##`, `## Title##`: no indentation, white space after the hashes. */
function headingOf(line: string): AtxHeading | null {
	return atxHeading(line, { indent: 0, bare: false, closing: "any" });
}

/** The first line after the properties block (0 without one), found by the one finder of that block. */
function bodyLine(text: string, lines: readonly Line[]): number {
	const block = findPropertiesBlock(text);
	if (!block) return 0;
	const first = lines.findIndex((line) => line.start >= block.bodyStart);
	return first < 0 ? lines.length : first;
}
