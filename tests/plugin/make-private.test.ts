import { afterEach, describe, expect, it } from "vitest";
import { startPlugin } from "./plugin-harness";
import type { PluginHarness } from "./plugin-harness";

let p: PluginHarness | null = null;
afterEach(async () => {
	await p?.h.dispose();
	p = null;
});

const NOTE = "Notes/Day.md";

describe("Make selection private", () => {
	it("wraps the whole lines of the selection in a private box", async () => {
		p = await startPlugin({ files: { [NOTE]: "Open line.\nAbout my manager.\nAnd more.\nAfter.\n" } });
		const view = await p.h.openFile(NOTE);
		view.editor.setSelection({ line: 1, ch: 3 }, { line: 2, ch: 2 });
		await p.run("make-selection-private");
		expect(view.editor.getValue()).toBe("Open line.\n> [!private] Private\n> About my manager.\n> And more.\nAfter.\n");
	});

	it("puts an empty box under the cursor's line when nothing is selected", async () => {
		p = await startPlugin({ files: { [NOTE]: "Open line.\n" }, language: "nl" });
		const view = await p.h.openFile(NOTE);
		view.editor.setCursor({ line: 0, ch: 4 });
		await p.run("make-selection-private");
		expect(view.editor.getValue()).toBe("Open line.\n\n> [!private] Privé\n> \n");
		expect(view.editor.getCursor()).toEqual({ line: 3, ch: 2 });
	});
});
