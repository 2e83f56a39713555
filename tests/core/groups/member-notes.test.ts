import { describe, expect, it } from "vitest";
import { membersOfGroup } from "../../../src/core/groups/member-notes";
import { record } from "../record";

const GROUP = "Groups/Team";

describe("members of a group", () => {
	const records = [
		record("Groups/Team/Joris Bakker/Say no.md", { intervisie: "goal", id: "g1", shared: true }),
		record("Groups/Team/Joris Bakker/Report 1.md", { intervisie: "report", goals: ["[[Say no]]"], ratings: [3] }),
		record("Groups/Team/Aylin Demir/Say no.md", { intervisie: "goal", id: "g2" }),
		record("Groups/Team/Guest/Note.md", { intervisie: "goal" }),
		record("Intervisie/Goals/Say no.md", { intervisie: "goal" }),
	];

	it("lists every member, also one who shared nothing, and an unknown subfolder too", () => {
		const members = membersOfGroup(records, GROUP, ["Sanne de Vries", "Joris Bakker", "Aylin Demir"]);
		expect(members.map((m) => [m.name, m.index.ofKind("goal").length])).toEqual([
			["Sanne de Vries", 0],
			["Joris Bakker", 1],
			["Aylin Demir", 1],
			["Guest", 1],
		]);
	});

	it("resolves links inside the member's own copies only", () => {
		const [, joris, aylin] = membersOfGroup(records, GROUP, ["Sanne de Vries", "Joris Bakker", "Aylin Demir"]);
		expect(joris?.resolve("Say no", "Groups/Team/Joris Bakker/Report 1.md")).toBe("Groups/Team/Joris Bakker/Say no.md");
		expect(aylin?.resolve("Report 1", "Groups/Team/Aylin Demir/Say no.md")).toBeNull();
	});

	it("reads a member's notes with that member as their author", () => {
		const joris = membersOfGroup(records, GROUP, ["Joris Bakker"])[0];
		expect(joris?.index.ofKind("goal")[0]?.author).toBe("Joris Bakker");
	});
});
