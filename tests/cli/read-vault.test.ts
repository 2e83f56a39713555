import { afterEach, describe, expect, it } from "vitest";
import { readVault } from "../../src/cli/read-vault";
import { tempVaults } from "./temp-vault";

const vault = tempVaults(afterEach);

describe("readVault", () => {
	it("builds records with vault-relative paths, properties as Obsidian gives them, and links", async () => {
		const root = vault({
			"Intervisie/Goals/Listen better.md":
				'---\nintervisie: goal\ndeadline: 2024-07-21\nscore: 7\ntrajectory: "[[My year|year]]"\n---\nSee [[Notes#Plan]].\n',
			"Other.md": "no frontmatter [[Intervisie/Goals/Listen better]]",
		});
		const { records, bodies } = await readVault(root);
		expect(records.map((r) => r.path)).toEqual(["Intervisie/Goals/Listen better.md", "Other.md"]);
		const goal = records[0];
		expect(goal?.frontmatter).toEqual({ intervisie: "goal", deadline: "2024-07-21", score: 7, trajectory: "[[My year|year]]" });
		expect(goal?.frontmatterLinks).toEqual([{ key: "trajectory", link: "My year", original: "[[My year|year]]" }]);
		expect(goal?.links).toEqual([{ link: "Notes#Plan", original: "[[Notes#Plan]]" }]);
		expect(goal?.mtime).toBeGreaterThan(0);
		expect(records[1]?.frontmatter).toBeNull();
		expect([...bodies.keys()]).toEqual(["Intervisie/Goals/Listen better.md"]);
		expect(bodies.get("Intervisie/Goals/Listen better.md")).toBe("See [[Notes#Plan]].\n");
	});

	it("skips dot-folders and node_modules, and reads only markdown", async () => {
		const root = vault({
			"A.md": "a",
			".obsidian/B.md": "b",
			".trash/C.md": "c",
			".git/D.md": "d",
			".anything/E.md": "e",
			"Sub/.hidden/F.md": "f",
			"node_modules/pkg/G.md": "g",
			"Sub/H.MD": "h",
			"Sub/picture.png": "",
		});
		const { records } = await readVault(root);
		expect(records.map((r) => r.path)).toEqual(["A.md", "Sub/H.MD"]);
	});

	it("reads CRLF files and files with a byte order mark like Obsidian", async () => {
		const root = vault({
			"crlf.md": "---\r\nintervisie: case\r\ngoals:\r\n  - \"[[G]]\"\r\n---\r\nBody\r\n",
			"bom.md": "\uFEFF---\nintervisie: goal\n---\n",
		});
		const { records } = await readVault(root);
		expect(records.find((r) => r.path === "crlf.md")?.frontmatter).toEqual({ intervisie: "case", goals: ["[[G]]"] });
		expect(records.find((r) => r.path === "crlf.md")?.frontmatterLinks).toEqual([{ key: "goals.0", link: "G", original: "[[G]]" }]);
		expect(records.find((r) => r.path === "bom.md")?.frontmatter).toEqual({ intervisie: "goal" });
	});

	it("marks malformed YAML, and whether the block is ours", async () => {
		const root = vault({
			"ours.md": "---\nintervisie: goal\ngoals: [a\n---\n",
			"foreign.md": "---\ntitle: [a\n---\n",
		});
		const { records } = await readVault(root);
		expect(records.find((r) => r.path === "ours.md")?.yamlError).toEqual({
			reason: "unexpected end of the stream within a flow collection, at line 4 of the note",
			ours: true,
		});
		expect(records.find((r) => r.path === "foreign.md")?.yamlError?.ours).toBe(false);
		expect(records.every((r) => r.frontmatter === null)).toBe(true);
	});

	it("gives no frontmatter for an empty or comment-only block", async () => {
		const root = vault({ "empty.md": "---\n---\nx", "comment.md": "---\n# just a comment\n---\nx" });
		const { records } = await readVault(root);
		expect(records.map((r) => r.frontmatter)).toEqual([null, null]);
	});

	it("reads every one of 10,000 notes (its speed is measured by the benchmark)", async () => {
		const files: Record<string, string> = {};
		for (let i = 0; i < 10_000; i++) {
			files[`Folder ${i % 40}/Note ${i}.md`] =
				`---\nintervisie: goal\nstatus: active\ndeadline: 2024-07-21\ntrajectory: "[[Trajectory ${i % 10}]]"\n---\n` +
				`# Note ${i}\n\nI summarise [[Meeting ${i}]] in every #meeting, see \`code\`.\n`;
		}
		const root = vault(files);
		const { records, bodies } = await readVault(root);
		expect(records).toHaveLength(10_000);
		expect(bodies.size).toBe(10_000);
		expect(records.find((r) => r.path === "Folder 7/Note 7047.md")?.frontmatterLinks[0]?.link).toBe("Trajectory 7");
	}, 60_000);
});
