import type { Problem } from "../schema/problem";

/**
 * Files the command-line tool did not read. Whether such a file is one of ours cannot be known, so each is a
 * warning of that file alone, and the rest of the vault is checked as usual.
 */
export function tooLargeProblem(path: string, bytes: number, boundBytes: number): Problem {
	return {
		path,
		severity: "warning",
		code: "too-large",
		message: `Not read: the note is ${megabytes(bytes)} (${bytes.toLocaleString("en")} bytes), over the bound of ${megabytes(boundBytes)} for a note. Nothing in it is checked or reported; split it, or move it out of the vault.`,
	};
}

export function unreadableNameProblem(path: string): Problem {
	return {
		path,
		severity: "warning",
		code: "unreadable-name",
		message: "Not read: the name is not valid UTF-8 (shown with its odd bytes as \\xNN). Rename it; nothing in it is checked or reported.",
	};
}

export function unreadableFileProblem(path: string, reason: string): Problem {
	return {
		path,
		severity: "warning",
		code: "unreadable-file",
		message: `Not read: ${reason}. Nothing in it is checked or reported.`,
	};
}

function megabytes(bytes: number): string {
	const mb = bytes / (1024 * 1024);
	return `${mb >= 10 || Number.isInteger(mb) ? Math.floor(mb) : mb.toFixed(1)} MB`;
}
