import { describe, expect, it } from "vitest";
import { shareTarget } from "../../../src/core/groups/share-target";

const FOLDER = "Groups/Team/Sanne";
const none = () => false;

describe("share target", () => {
	it("creates a copy named after the note in my subfolder", () => {
		expect(shareTarget(FOLDER, "Say no", "goal-1", [], none)).toEqual({ kind: "create", path: "Groups/Team/Sanne/Say no.md" });
	});

	it("never writes over another file of the same name", () => {
		const taken = new Set(["Groups/Team/Sanne/Say no.md"]);
		expect(shareTarget(FOLDER, "Say no", "goal-2", [{ path: "Groups/Team/Sanne/Say no.md", id: "goal-1" }], (p) => taken.has(p))).toEqual({ kind: "create", path: "Groups/Team/Sanne/Say no ~2.md" });
	});

	it("finds the earlier copy by id, also after the note was renamed, and follows the new name when free", () => {
		const copies = [{ path: "Groups/Team/Sanne/Old name.md", id: "goal-1" }];
		expect(shareTarget(FOLDER, "New name", "goal-1", copies, none)).toEqual({ kind: "update", path: "Groups/Team/Sanne/Old name.md", renameTo: "Groups/Team/Sanne/New name.md" });
		expect(shareTarget(FOLDER, "Old name", "goal-1", copies, none)).toEqual({ kind: "update", path: "Groups/Team/Sanne/Old name.md", renameTo: null });
	});

	it("only looks at copies in my own subfolder", () => {
		const copies = [{ path: "Groups/Team/Joris/Say no.md", id: "goal-1" }];
		expect(shareTarget(FOLDER, "Say no", "goal-1", copies, none)).toEqual({ kind: "create", path: "Groups/Team/Sanne/Say no.md" });
	});
});
