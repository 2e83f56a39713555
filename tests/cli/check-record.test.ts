import { describe, expect, it } from "vitest";
import { checkVault } from "../../src/core/check/check-vault";
import { goalStatementFromBody } from "../../src/core/coaching/goal-statement";
import { checkRecordFromText, recordFromText } from "../../src/cli/record-from-text";
import type { NoteFromText } from "../../src/cli/record-from-text";

/** Notes that meet every branch of reading: ours, foreign, broken, escaped, BOM-less, CRLF, without a block. */
const NOTES: Record<string, string> = {
	"Goals/Listen.md": '---\nintervisie: goal\nstatus: active\ndeadline: 2024-07-21\ntrajectory: "[[Year]]"\n---\n## Behaviour\n\nI ask first, every meeting.\n',
	"Goals/Listen copy.md": "---\nintervisie: goal\nid: same\n---\nI listen.\n",
	"Goals/Other/Listen.md": "---\nintervisie: goal\nid: same\n---\n",
	"Reports/R.md": '---\r\nintervisie: report\r\nsession: "[[Missing session]]"\r\ngoals:\r\n  - "[[Listen]]"\r\nratings: [7]\r\n---\r\nBody [[Somewhere]] #tag\r\n',
	"Broken ours.md": "---\nintervisie: goal\ngoals: [a\n---\n",
	"Broken foreign.md": "---\ntitle: [a\n---\n[[Listen]]",
	"Escaped.md": '---\n"\\x69ntervisie": goal\n---\nI ask.\n',
	"Folded.md": '---\n"inter\\\n  visie": case\n---\n',
	"Unknown kind.md": "---\nintervisie: diary\n---\n",
	"Daily.md": "---\ntags: [daily]\nmood: 3\n---\nMet [[Listen]] #private\n",
	"Plain.md": "No properties at all [[Year]]",
	"Year.md": "---\nintervisie: trajectory\nname: Year\n---\n",
	"Shared.md": "---\nintervisie: goal\nshared: true\n---\n",
};

function check(read: (path: string, text: string, mtime: number) => NoteFromText): ReturnType<typeof checkVault> {
	const read_ = Object.entries(NOTES).map(([path, text]) => read(path, text, 1));
	const bodies = new Map(read_.map(({ record, body }) => [record.path, body]));
	return checkVault(
		read_.map((r) => r.record),
		{ today: "2024-06-01", goalStatement: (path) => goalStatementFromBody(bodies.get(path) ?? "") },
	);
}

describe("checkRecordFromText", () => {
	it("gives the check the same answers as reading every note in full", () => {
		const full = check(recordFromText);
		expect(full.notes.map((n) => n.path)).toContain("Escaped.md");
		expect(full.problems.map((p) => p.code)).toEqual(expect.arrayContaining(["malformed-yaml", "broken-link", "duplicate-title", "conflict-copy", "unknown-kind"]));
		expect(check(checkRecordFromText)).toEqual(full);
	});

	it("parses a block only when it can name our kind, and never scans the body", () => {
		const foreign = checkRecordFromText("Broken foreign.md", NOTES["Broken foreign.md"] ?? "", 1).record;
		expect(foreign.yamlError).toBeUndefined();
		expect(foreign.frontmatter).toBeNull();
		const daily = checkRecordFromText("Daily.md", NOTES["Daily.md"] ?? "", 1).record;
		expect(daily).toEqual({ path: "Daily.md", frontmatter: null, frontmatterLinks: [], links: [], mtime: 1 });
		const ours = checkRecordFromText("Reports/R.md", NOTES["Reports/R.md"] ?? "", 1);
		expect(ours.record.frontmatter).toEqual(recordFromText("Reports/R.md", NOTES["Reports/R.md"] ?? "", 1).record.frontmatter);
		expect(ours.record.links).toEqual([]);
		expect(ours.body).toBe("Body [[Somewhere]] #tag\r\n");
	});
});
