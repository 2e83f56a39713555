import type { Editor } from "obsidian";
import { SHARING_STRINGS } from "../../core/i18n/sharing-strings";
import { wrapInPrivateCallout } from "../../core/notes/private-callout";
import { uiLanguage } from "../ui-language";

/** Make selection private: the whole lines of the selection go into a private callout; without one, an empty box. */
export function makeSelectionPrivate(editor: Editor): void {
	const title = SHARING_STRINGS[uiLanguage()].calloutTitle;
	const from = editor.getCursor("from");
	const to = editor.getCursor("to");
	if (!editor.somethingSelected()) {
		const line = editor.getLine(from.line);
		const box = wrapInPrivateCallout("", title);
		const insert = line.trim() === "" ? box : `${line}\n\n${box}`;
		editor.replaceRange(insert, { line: from.line, ch: 0 }, { line: from.line, ch: line.length });
		const last = from.line + insert.split("\n").length - 1;
		editor.setCursor({ line: last, ch: 2 });
		return;
	}
	// A selection ending at the start of a line does not take that line along.
	const lastLine = to.ch === 0 && to.line > from.line ? to.line - 1 : to.line;
	const start = { line: from.line, ch: 0 };
	const end = { line: lastLine, ch: editor.getLine(lastLine).length };
	editor.replaceRange(wrapInPrivateCallout(editor.getRange(start, end), title), start, end);
}
