import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import yaml from "js-yaml";
import { GoalSuggestModal } from "../../src/plugin/modals/goal-suggest-modal";
import { startPlugin } from "./plugin-harness";
import type { PluginHarness } from "./plugin-harness";

let p: PluginHarness;
beforeAll(async () => {
	p = await startPlugin({ files: { "Goals/Listen.md": "---\nintervisie: goal\n---\n" } });
});
afterAll(async () => p.h.dispose());

const key = fc.stringMatching(/^[a-z][a-z0-9 _-]{0,10}$/).filter((k) => !["goals", "intervisie"].includes(k.trim()) && k.trim() === k);
const scalar = fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.boolean(), fc.constant(null));
const value = fc.oneof(scalar, fc.array(fc.oneof(fc.string({ maxLength: 10 }), fc.integer()), { maxLength: 3 }));
const body = fc.array(fc.oneof(fc.string({ unit: "grapheme", maxLength: 40 }), fc.constantFrom("", "---", "# Heading", "- [ ] task", "\r", "  indented", "%% c %%")), { maxLength: 8 }).map((lines) => lines.join("\n"));

function frontmatterOf(text: string): Record<string, unknown> {
	const match = /^---\n([\s\S]*?)\n?---\n/.exec(text);
	return (match ? yaml.load(match[1] ?? "", { schema: yaml.CORE_SCHEMA }) : {}) as Record<string, unknown>;
}

function bodyOf(text: string): string {
	return text.replace(/^---\n[\s\S]*?\n?---\n/, "");
}

describe("an update through the plugin loses nothing", () => {
	it("linking a goal keeps every other property and the body byte for byte", async () => {
		let n = 0;
		await fc.assert(
			fc.asyncProperty(fc.dictionary(key, value, { maxKeys: 6 }), body, async (props, text) => {
				// A note without properties whose text opens with a `---` line has a (possibly empty) properties block of its own.
				fc.pre(Object.keys(props).length > 0 || !/^---\r?(\n|$)/.test(text));
				const path = `n${n++}.md`;
				const yamlText = Object.keys(props).length ? yaml.dump(props, { schema: yaml.CORE_SCHEMA, lineWidth: -1 }) : "";
				const original = Object.keys(props).length ? `---\n${yamlText}---\n${text}` : text;
				await p.h.app.vault.create(path, original);
				await p.h.settle();
				const expectedBody = Object.keys(props).length ? bodyOf(original) : original;
				await p.h.openFile(path);
				await p.run("link-to-goal");
				await p.h.choose(p.h.lastModal(GoalSuggestModal), "Listen");
				await p.h.settle();
				const after = p.h.readFile(path);
				const fm = frontmatterOf(after);
				expect(fm.goals).toEqual(["[[Listen]]"]);
				const { goals: _ignored, ...rest } = fm;
				expect(rest).toEqual(JSON.parse(JSON.stringify(props)));
				expect(bodyOf(after)).toBe(expectedBody);
			}),
			{ numRuns: 40 },
		);
	}, 60_000);
});
