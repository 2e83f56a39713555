import { afterEach, describe, expect, it } from "vitest";
import { createHarness } from "./harness";
import type { Harness } from "./harness";

let h: Harness;
afterEach(async () => {
	await h.dispose();
});

const BODY = "\n# Title\n\nSome *text*  with trailing spaces  \r\nand a CRLF line, a tab\tand ünïcödé.\n\n---\nnot frontmatter\n---\n";

describe("processFrontMatter", () => {
	it("changes one key, keeps the others and the body byte for byte", async () => {
		h = createHarness({ files: { "n.md": `---\nkind: case\ndate: 2024-07-21\ncount: 3\n---${BODY}` } });
		await h.app.fileManager.processFrontMatter(h.file("n.md"), (fm) => {
			fm.status = "done";
		});
		expect(h.readFile("n.md")).toBe(`---\nkind: case\ndate: 2024-07-21\ncount: 3\nstatus: done\n---${BODY}`);
	});

	it("re-serialises the whole block: comments and custom quoting are lost, links get double quotes", async () => {
		h = createHarness({ files: { "n.md": "---\n# a comment\ngoal: '[[Listen better]]'\ntitle: \"Plain\"\n---\nbody\n" } });
		await h.app.fileManager.processFrontMatter(h.file("n.md"), (fm) => {
			fm.goals = ["[[A]]", "[[B]]"];
		});
		expect(h.readFile("n.md")).toBe('---\ngoal: "[[Listen better]]"\ntitle: Plain\ngoals:\n  - "[[A]]"\n  - "[[B]]"\n---\nbody\n');
	});

	it("creates a block when the note has none", async () => {
		h = createHarness({ files: { "n.md": "# Just a body\n" } });
		await h.app.fileManager.processFrontMatter(h.file("n.md"), (fm) => {
			fm.kind = "goal";
		});
		expect(h.readFile("n.md")).toBe("---\nkind: goal\n---\n# Just a body\n");
	});

	it("leaves a note without a block alone when nothing is added", async () => {
		h = createHarness({ files: { "n.md": "body\n" } });
		let modified = 0;
		h.app.vault.on("modify", () => modified++);
		await h.app.fileManager.processFrontMatter(h.file("n.md"), () => {});
		expect(h.readFile("n.md")).toBe("body\n");
		expect(modified).toBe(0);
	});

	it("throws on malformed YAML and does not touch the file", async () => {
		const text = "---\nkey: [unclosed\nother: 1\n---\nbody\n";
		h = createHarness({ files: { "n.md": text } });
		let called = false;
		await expect(
			h.app.fileManager.processFrontMatter(h.file("n.md"), () => {
				called = true;
			}),
		).rejects.toThrow();
		expect(called).toBe(false);
		expect(h.readFile("n.md")).toBe(text);
	});

	it("writes through the vault: modify fires and the cache follows", async () => {
		h = createHarness({ files: { "n.md": "---\nstatus: open\n---\n" } });
		const file = h.file("n.md");
		const modified: string[] = [];
		h.app.vault.on("modify", (f) => modified.push(f.path));
		await h.app.fileManager.processFrontMatter(file, (fm) => {
			fm.status = "done";
		});
		expect(modified).toEqual(["n.md"]);
		await h.settle();
		expect(h.app.metadataCache.getFileCache(file)?.frontmatter?.status).toBe("done");
	});

	it("reports a callback that returns a promise (changes after an await are lost)", async () => {
		h = createHarness({ files: { "n.md": "---\na: 1\n---\n" } });
		// Typed loosely on purpose: this is the mistake the harness reports.
		const asyncEdit: unknown = async (fm: Record<string, unknown>): Promise<void> => {
			await Promise.resolve();
			fm.b = 2;
		};
		await h.app.fileManager.processFrontMatter(h.file("n.md"), asyncEdit as (fm: Record<string, unknown>) => void);
		expect(h.readFile("n.md")).toBe("---\na: 1\n---\n");
		expect(String(h.errors[0])).toMatch(/returned a promise/);
	});
});

describe("renameFile", () => {
	it("moves the note and rewrites links to it in other notes, frontmatter and body", async () => {
		h = createHarness({
			files: {
				"Goals/Old name.md": "# Goal\n",
				"Case.md": '---\ngoal: "[[Old name]]"\ngoals:\n  - "[[Old name]]"\n  - "[[Other]]"\n---\nSee [[Old name]], [[Old name|my goal]], [[Old name#Plan]] and ![[Old name]].\n',
				"Md.md": "A [link](Goals/Old%20name.md) and [[Goals/Old name]].\n",
				"Other.md": "Nothing here about [[Other]].\n",
			},
		});
		await h.app.vault.createFolder("Archive");
		await h.app.fileManager.renameFile(h.file("Goals/Old name.md"), "Archive/New name.md");
		expect(h.exists("Goals/Old name.md")).toBe(false);
		expect(h.readFile("Archive/New name.md")).toBe("# Goal\n");
		expect(h.readFile("Case.md")).toBe(
			'---\ngoal: "[[New name]]"\ngoals:\n  - "[[New name]]"\n  - "[[Other]]"\n---\nSee [[New name]], [[New name|my goal]], [[New name#Plan]] and ![[New name]].\n',
		);
		expect(h.readFile("Md.md")).toBe("A [link](New%20name.md) and [[New name]].\n");
		expect(h.readFile("Other.md")).toBe("Nothing here about [[Other]].\n");
		await h.settle();
		expect(h.app.metadataCache.resolvedLinks["Case.md"]).toEqual({ "Archive/New name.md": 6, "Other.md": 1 });
	});

	it("keeps the full path when the new name is not unique", async () => {
		h = createHarness({ files: { "a.md": "", "B/b.md": "", "C/b.md": "", "src.md": "[[a]]\n" } });
		await h.app.fileManager.renameFile(h.file("a.md"), "B/c.md");
		expect(h.readFile("src.md")).toBe("[[c]]\n");
		await h.app.fileManager.renameFile(h.file("B/c.md"), "C/b 2.md");
		expect(h.readFile("src.md")).toBe("[[b 2]]\n");
	});
});

describe("links and new files", () => {
	it("generateMarkdownLink writes the shortest wikilink", () => {
		h = createHarness({ files: { "Goals/Listen better.md": "", "A/x.md": "", "B/x.md": "" } });
		const fm = h.app.fileManager;
		expect(fm.generateMarkdownLink(h.file("Goals/Listen better.md"), "Case.md")).toBe("[[Listen better]]");
		expect(fm.generateMarkdownLink(h.file("B/x.md"), "Case.md", "#Plan", "alias")).toBe("[[B/x#Plan|alias]]");
	});

	it("getNewFileParent gives the vault root by default", () => {
		h = createHarness({ files: { "F/a.md": "" } });
		expect(h.app.fileManager.getNewFileParent("F/a.md").isRoot()).toBe(true);
		h.app.fileManager.newFileLocation = { mode: "current" };
		expect(h.app.fileManager.getNewFileParent("F/a.md").path).toBe("F");
	});
});
