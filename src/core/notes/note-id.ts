import type { NoteKind } from "../schema/kinds";

const ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

/** A short stable id: kind (`note` for a note not of ours), creation day and four random characters, e.g. `goal-20260112-k3x9`. */
export function newNoteId(kind: NoteKind | "note", day: string, random: () => number = Math.random): string {
	let suffix = "";
	for (let i = 0; i < 4; i++) suffix += ALPHABET[Math.floor(random() * ALPHABET.length)] ?? "x";
	return `${kind}-${day.replace(/-/g, "")}-${suffix}`;
}
