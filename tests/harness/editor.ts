import type * as Obs from "../../node_modules/obsidian/obsidian";

type Pos = Obs.EditorPosition;

function comparePos(a: Pos, b: Pos): number {
	return a.line - b.line || a.ch - b.ch;
}

function minPos(a: Pos, b: Pos): Pos {
	return comparePos(a, b) <= 0 ? a : b;
}

function maxPos(a: Pos, b: Pos): Pos {
	return comparePos(a, b) <= 0 ? b : a;
}

/** Obsidian's `Editor` over a plain string: positions, selections, edits, undo. No view, no folding. */
export class Editor implements Obs.Editor {
	private text = "";
	private selections: Obs.EditorSelection[] = [{ anchor: { line: 0, ch: 0 }, head: { line: 0, ch: 0 } }];
	private focused = false;
	private readonly undoStack: string[] = [];
	private readonly redoStack: string[] = [];
	/** Harness only: called after every change of the text (the view saves and fires `editor-change`). */
	onDidChange: () => void = () => {};

	getDoc(): this {
		return this;
	}

	refresh(): void {}

	getValue(): string {
		return this.text;
	}

	setValue(content: string): void {
		this.change(content);
		this.selections = this.selections.map((s) => ({ anchor: this.clip(s.anchor), head: this.clip(s.head) }));
	}

	/** Harness only: replaces the text without an undo step or change event (the file changed on disk). */
	load(content: string): void {
		this.text = content;
		this.selections = this.selections.map((s) => ({ anchor: this.clip(s.anchor), head: this.clip(s.head) }));
	}

	getLine(line: number): string {
		return this.lines()[line] ?? "";
	}

	setLine(n: number, text: string): void {
		this.replaceRange(text, { line: n, ch: 0 }, { line: n, ch: this.getLine(n).length });
	}

	lineCount(): number {
		return this.lines().length;
	}

	lastLine(): number {
		return this.lineCount() - 1;
	}

	getSelection(): string {
		const main = this.selections[0];
		return main ? this.getRange(minPos(main.anchor, main.head), maxPos(main.anchor, main.head)) : "";
	}

	somethingSelected(): boolean {
		return this.selections.some((s) => comparePos(s.anchor, s.head) !== 0);
	}

	getRange(from: Pos, to: Pos): string {
		return this.text.slice(this.posToOffset(from), this.posToOffset(to));
	}

	replaceSelection(replacement: string, origin?: string): void {
		void origin;
		const ranges = this.selections
			.map((s) => ({ from: this.posToOffset(minPos(s.anchor, s.head)), to: this.posToOffset(maxPos(s.anchor, s.head)) }))
			.sort((a, b) => b.from - a.from);
		let text = this.text;
		for (const range of ranges) text = text.slice(0, range.from) + replacement + text.slice(range.to);
		let shift = 0;
		const ends = [...ranges].reverse().map((range) => {
			const end = range.from + shift + replacement.length;
			shift += replacement.length - (range.to - range.from);
			return end;
		});
		this.change(text);
		this.selections = ends.map((offset) => {
			const pos = this.offsetToPos(offset);
			return { anchor: pos, head: pos };
		});
	}

	replaceRange(replacement: string, from: Pos, to?: Pos, origin?: string): void {
		void origin;
		const start = this.posToOffset(from);
		const end = to ? this.posToOffset(to) : start;
		const [a, b] = start <= end ? [start, end] : [end, start];
		this.change(this.text.slice(0, a) + replacement + this.text.slice(b));
	}

	getCursor(side: "from" | "to" | "head" | "anchor" = "head"): Pos {
		const main = this.selections[0] ?? { anchor: { line: 0, ch: 0 }, head: { line: 0, ch: 0 } };
		if (side === "from") return { ...minPos(main.anchor, main.head) };
		if (side === "to") return { ...maxPos(main.anchor, main.head) };
		return { ...main[side] };
	}

	listSelections(): Obs.EditorSelection[] {
		return this.selections.map((s) => ({ anchor: { ...s.anchor }, head: { ...s.head } }));
	}

	setCursor(pos: Pos | number, ch?: number): void {
		const at = typeof pos === "number" ? { line: pos, ch: ch ?? 0 } : pos;
		const clipped = this.clip(at);
		this.selections = [{ anchor: clipped, head: clipped }];
	}

	setSelection(anchor: Pos, head?: Pos): void {
		this.selections = [{ anchor: this.clip(anchor), head: this.clip(head ?? anchor) }];
	}

	setSelections(ranges: Obs.EditorSelectionOrCaret[], main?: number): void {
		const list = ranges.map((r) => ({ anchor: this.clip(r.anchor), head: this.clip(r.head ?? r.anchor) }));
		const first = main !== undefined ? list.splice(main, 1) : [];
		this.selections = [...first, ...list];
	}

	focus(): void {
		this.focused = true;
	}

	blur(): void {
		this.focused = false;
	}

	hasFocus(): boolean {
		return this.focused;
	}

	getScrollInfo(): { top: number; left: number } {
		return { top: 0, left: 0 };
	}

	scrollTo(x?: number | null, y?: number | null): void {
		void x;
		void y;
	}

	scrollIntoView(range: Obs.EditorRange, center?: boolean): void {
		void range;
		void center;
	}

	undo(): void {
		const previous = this.undoStack.pop();
		if (previous === undefined) return;
		this.redoStack.push(this.text);
		this.text = previous;
		this.setCursor(this.getCursor());
		this.onDidChange();
	}

	redo(): void {
		const next = this.redoStack.pop();
		if (next === undefined) return;
		this.undoStack.push(this.text);
		this.text = next;
		this.setCursor(this.getCursor());
		this.onDidChange();
	}

	exec(command: Obs.EditorCommandName): void {
		const cursor = this.getCursor();
		switch (command) {
			case "goStart":
				return this.setCursor({ line: 0, ch: 0 });
			case "goEnd":
				return this.setCursor(this.offsetToPos(this.text.length));
			case "goUp":
				return this.setCursor({ line: Math.max(0, cursor.line - 1), ch: cursor.ch });
			case "goDown":
				return this.setCursor({ line: cursor.line + 1, ch: cursor.ch });
			case "goLeft":
				return this.setCursor(this.offsetToPos(Math.max(0, this.posToOffset(cursor) - 1)));
			case "goRight":
				return this.setCursor(this.offsetToPos(this.posToOffset(cursor) + 1));
			case "newlineAndIndent":
				return this.replaceSelection("\n" + (/^\s*/.exec(this.getLine(cursor.line))?.[0] ?? ""));
			case "deleteLine": {
				const lines = this.lines();
				lines.splice(cursor.line, 1);
				this.change(lines.join("\n"));
				return this.setCursor({ line: cursor.line, ch: 0 });
			}
			default:
				return;
		}
	}

	transaction(tx: Obs.EditorTransaction, origin?: string): void {
		void origin;
		const changes = [...(tx.changes ?? [])].sort((a, b) => comparePos(b.from, a.from));
		let text = this.text;
		for (const change of changes) {
			const from = this.posToOffset(change.from);
			const to = change.to ? this.posToOffset(change.to) : from;
			text = text.slice(0, from) + change.text + text.slice(to);
		}
		if (changes.length > 0) this.change(text);
		if (tx.replaceSelection !== undefined) this.replaceSelection(tx.replaceSelection);
		const selections = tx.selections ?? (tx.selection ? [tx.selection] : null);
		if (selections) this.setSelections(selections.map((s) => ({ anchor: s.from, head: s.to ?? s.from })));
	}

	wordAt(pos: Pos): Obs.EditorRange | null {
		const line = this.getLine(pos.line);
		const isWord = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}_]/u.test(c);
		let start = pos.ch;
		let end = pos.ch;
		while (start > 0 && isWord(line[start - 1])) start--;
		while (end < line.length && isWord(line[end])) end++;
		return start === end ? null : { from: { line: pos.line, ch: start }, to: { line: pos.line, ch: end } };
	}

	posToOffset(pos: Pos): number {
		const lines = this.lines();
		const line = Math.min(Math.max(pos.line, 0), lines.length - 1);
		let offset = 0;
		for (let i = 0; i < line; i++) offset += (lines[i]?.length ?? 0) + 1;
		return offset + Math.min(Math.max(pos.ch, 0), lines[line]?.length ?? 0);
	}

	offsetToPos(offset: number): Pos {
		const clamped = Math.min(Math.max(offset, 0), this.text.length);
		const before = this.text.slice(0, clamped);
		const line = before.split("\n").length - 1;
		return { line, ch: clamped - (before.lastIndexOf("\n") + 1) };
	}

	processLines<T>(
		read: (line: number, lineText: string) => T | null,
		write: (line: number, lineText: string, value: T | null) => Obs.EditorChange | void,
		ignoreEmpty = true,
	): void {
		const changes: Obs.EditorChange[] = [];
		this.lines().forEach((lineText, line) => {
			if (ignoreEmpty && lineText.trim() === "") return;
			const change = write(line, lineText, read(line, lineText));
			if (change) changes.push(change);
		});
		if (changes.length > 0) this.transaction({ changes });
	}

	private lines(): string[] {
		return this.text.split("\n");
	}

	private clip(pos: Pos): Pos {
		return this.offsetToPos(this.posToOffset(pos));
	}

	private change(text: string): void {
		if (text === this.text) return;
		this.undoStack.push(this.text);
		this.redoStack.length = 0;
		this.text = text;
		this.onDidChange();
	}
}
