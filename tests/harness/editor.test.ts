import { describe, expect, it } from "vitest";
import { Editor } from "./editor";

function editorWith(text: string): Editor {
	const editor = new Editor();
	editor.setValue(text);
	return editor;
}

describe("the Editor fake", () => {
	it("lines, ranges and offsets", () => {
		const editor = editorWith("one\ntwo\nthree");
		expect([editor.lineCount(), editor.lastLine(), editor.getLine(1)]).toEqual([3, 2, "two"]);
		expect(editor.getRange({ line: 0, ch: 1 }, { line: 1, ch: 2 })).toBe("ne\ntw");
		expect(editor.posToOffset({ line: 2, ch: 1 })).toBe(9);
		expect(editor.offsetToPos(9)).toEqual({ line: 2, ch: 1 });
		expect(editor.offsetToPos(999)).toEqual({ line: 2, ch: 5 });
	});

	it("cursor and selections", () => {
		const editor = editorWith("hello world");
		editor.setCursor(0, 5);
		expect([editor.getCursor(), editor.somethingSelected()]).toEqual([{ line: 0, ch: 5 }, false]);
		editor.setSelection({ line: 0, ch: 11 }, { line: 0, ch: 6 });
		expect(editor.getSelection()).toBe("world");
		expect(editor.getCursor("from")).toEqual({ line: 0, ch: 6 });
		expect(editor.getCursor("anchor")).toEqual({ line: 0, ch: 11 });
		expect(editor.listSelections()).toEqual([{ anchor: { line: 0, ch: 11 }, head: { line: 0, ch: 6 } }]);
	});

	it("replaceSelection replaces every selection and leaves the cursors after the text", () => {
		const editor = editorWith("a b c");
		editor.setSelections([
			{ anchor: { line: 0, ch: 0 }, head: { line: 0, ch: 1 } },
			{ anchor: { line: 0, ch: 4 }, head: { line: 0, ch: 5 } },
		]);
		editor.replaceSelection("XY");
		expect(editor.getValue()).toBe("XY b XY");
		expect(editor.listSelections().map((s) => s.head)).toEqual([
			{ line: 0, ch: 2 },
			{ line: 0, ch: 7 },
		]);
	});

	it("replaceRange, setLine, transaction, undo and redo", () => {
		const editor = editorWith("one\ntwo");
		editor.replaceRange("1", { line: 0, ch: 0 }, { line: 0, ch: 3 });
		editor.setLine(1, "2");
		expect(editor.getValue()).toBe("1\n2");
		editor.transaction({ changes: [{ from: { line: 0, ch: 0 }, text: "> " }, { from: { line: 1, ch: 0 }, text: "> " }] });
		expect(editor.getValue()).toBe("> 1\n> 2");
		editor.undo();
		expect(editor.getValue()).toBe("1\n2");
		editor.redo();
		expect(editor.getValue()).toBe("> 1\n> 2");
	});

	it("wordAt and processLines", () => {
		const editor = editorWith("- [ ] task\n\n- [x] done");
		expect(editor.wordAt({ line: 0, ch: 7 })).toEqual({ from: { line: 0, ch: 6 }, to: { line: 0, ch: 10 } });
		editor.processLines(
			(_line, text) => text.includes("[ ]"),
			(line, text, open) => (open ? { from: { line, ch: 0 }, to: { line, ch: text.length }, text: text.replace("[ ]", "[x]") } : undefined),
		);
		expect(editor.getValue()).toBe("- [x] task\n\n- [x] done");
	});
});
