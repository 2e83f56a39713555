import { describe, expect, it } from "vitest";
import { groupFolderOf, isGroupPath, memberFolderOf, memberOfPath } from "../../../src/core/groups/group-folders";

describe("group folders", () => {
	it("lives under the groups folder, named after the trajectory", () => {
		expect(groupFolderOf({ name: "Team leads 2026", groupFolder: null }, "Intervisie/Groepen")).toBe("Intervisie/Groepen/Team leads 2026");
		expect(groupFolderOf({ name: "A/B: C?", groupFolder: null }, "Intervisie/Groepen/")).toBe("Intervisie/Groepen/A B C");
	});

	it("takes the trajectory's own folder name, still inside the groups folder", () => {
		expect(groupFolderOf({ name: "Team leads 2026", groupFolder: "Team leads" }, "Groups")).toBe("Groups/Team leads");
		expect(groupFolderOf({ name: "X", groupFolder: "../../Private" }, "Groups")).toBe("Groups/Private");
		expect(groupFolderOf({ name: "X", groupFolder: "  " }, "Groups")).toBe("Groups/X");
	});

	it("gives each member a subfolder of their own", () => {
		expect(memberFolderOf("Groups/Team", "Sanne de Vries")).toBe("Groups/Team/Sanne de Vries");
		expect(memberFolderOf("Groups/Team", "Ann: the 2nd")).toBe("Groups/Team/Ann the 2nd");
	});

	it("knows which paths are in a group folder", () => {
		expect(isGroupPath("Groups/Team/Sanne/Goal.md", "Groups")).toBe(true);
		expect(isGroupPath("Groups.md", "Groups")).toBe(false);
		expect(isGroupPath("Groupsies/x.md", "Groups")).toBe(false);
		expect(isGroupPath("Groups/x.md", "")).toBe(false);
	});

	it("tells whose subfolder a path is in", () => {
		expect(memberOfPath("Groups/Team/Sanne de Vries/Goal.md", "Groups/Team")).toBe("Sanne de Vries");
		expect(memberOfPath("Groups/Team/Sanne de Vries/sub/Goal.md", "Groups/Team")).toBe("Sanne de Vries");
		expect(memberOfPath("Groups/Team/loose.md", "Groups/Team")).toBeNull();
		expect(memberOfPath("Other/x.md", "Groups/Team")).toBeNull();
	});
});
