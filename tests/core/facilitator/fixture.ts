import { buildFacilitatorModel } from "../../../src/core/facilitator/build-facilitator";
import type { FacilitatorInput, GroupMemberInput } from "../../../src/core/facilitator/build-facilitator";
import type { FacilitatorModel } from "../../../src/core/facilitator/facilitator-model";
import { PathLinkResolver } from "../../../src/core/links/link-resolver";
import type { IntervisieNote, SessionNote, TrajectoryNote } from "../../../src/core/schema/notes";
import { readNote } from "../../../src/core/schema/read-note";
import { record } from "../record";

export const TODAY = "2026-04-01";
export const GROUP = "Intervisie/Groepen/Team leads 2026";
export const MEMBERS = ["Anna", "Bram", "Chris", "Dewi", "Eva", "Farid"];
const FACILITATOR = "Marleen";

function read<K extends IntervisieNote["kind"]>(kind: K, path: string, frontmatter: Record<string, unknown>, me = FACILITATOR): Extract<IntervisieNote, { kind: K }> {
	const note = readNote(record(path, { intervisie: kind, ...frontmatter }), { me }).note;
	if (note?.kind !== kind) throw new Error(`${path} is not a ${kind}`);
	return note as Extract<IntervisieNote, { kind: K }>;
}

export function trajectory(frontmatter: Record<string, unknown> = {}): TrajectoryNote {
	return read("trajectory", "Intervisie/Trajectories/Team leads 2026.md", { members: MEMBERS, facilitator: FACILITATOR, "sessions-planned": 6, ...frontmatter });
}

export function session(n: number, frontmatter: Record<string, unknown>): SessionNote {
	return read("session", `Intervisie/Sessions/Session ${n}.md`, { number: n, trajectory: "[[Team leads 2026]]", ...frontmatter });
}

/**
 * The facilitator's own sessions, seen on 2026-04-01: 1 held with attendance, 2 held without, 3 cancelled,
 * 4 still `planned` but in the past (so held), 5 planned.
 */
export function ownSessions(): SessionNote[] {
	return [
		session(1, { id: "session-1", date: "2026-01-20", status: "held", "case-bringers": ["Anna"], method: "six-phase", theme: "Listening", attendance: ["Anna", "Bram", "Chris", "Dewi", "Eva"] }),
		session(2, { date: "2026-02-10", status: "held", "case-bringers": ["Bram"], method: "incident", theme: "listening " }),
		session(3, { date: "2026-03-03", status: "cancelled", "case-bringers": ["Chris"], method: "incident", theme: "Saying no" }),
		session(4, { date: "2026-03-17", status: "planned", "case-bringers": ["Chris", "dewi"], method: "six-phase", theme: "Giving feedback", attendance: ["Chris", "Dewi", "Eva", "Farid", "anna"] }),
		session(5, { date: "2026-04-14", status: "planned", "case-bringers": ["Eva"] }),
	];
}

/** A member's folder: notes read as theirs, links resolved only among them. */
export function member(name: string, notes: [IntervisieNote["kind"], string, Record<string, unknown>][]): GroupMemberInput {
	const folder = `${GROUP}/${name}`;
	const read_ = notes.map(([kind, file, fm]) => read(kind, `${folder}/${file}`, { shared: true, ...fm }, name));
	const resolver = new PathLinkResolver(read_.map((n) => n.path));
	return { name, folder, notes: read_, resolve: (link, from) => resolver.resolve(link, from) };
}

/** Six members in the list (Eva shared nothing), Gijs with a folder but not in the list, and the facilitator's own folder. */
export function members(): GroupMemberInput[] {
	return [
		member("Anna", [
			["session", "Session 1.md", { id: "session-1", date: "2026-01-20", number: 1, status: "held" }],
			["goal", "Listen first.md", { status: "active", baseline: 3, target: 8, deadline: "2026-06-01" }],
			["goal", "Speak up.md", { status: "paused" }],
			["report", "Report 1.md", { session: "[[Session 1]]", goals: ["[[Listen first]]", "[[Speak up]]"], ratings: [4, null] }],
			["report", "Report 4.md", { date: "2026-03-17", session: "[[Session 4]]", goals: ["[[Listen first]]"], ratings: [6] }],
		]),
		member("Bram", [
			["goal", "Plan ahead.md", {}],
			["report", "2026-01-20 Report.md", { date: "2026-01-20", session: "[[Session 1]]" }],
			["report", "2026-02-10 Report.md", { date: "2026-02-10" }],
			["case", "How can I delegate.md", { session: "[[Session 2]]", status: "discussed" }],
		]),
		member("Chris", [
			["session", "Bijeenkomst 4.md", { date: "2026-03-17", number: 4, status: "held" }],
			["report", "Report 4.md", { date: "2026-02-10", session: "[[Bijeenkomst 4]]" }],
		]),
		member("Dewi", [
			["session", "Session 6.md", { id: "dewi-session-6", date: "2026-05-12", number: 6, status: "planned", "case-bringers": ["Anna"] }],
			["report", "Report 2.md", { session: "[[A session that is gone]]" }],
		]),
		member("Farid", [["report", "Report 4.md", { date: "2026-03-17" }]]),
		member("Gijs", [["report", "Report 4.md", { date: "2026-03-17" }]]),
		member("marleen", [["report", "Own notes.md", { date: "2026-03-17" }]]),
	];
}

export function facilitatorModel(input: Partial<FacilitatorInput> = {}): FacilitatorModel {
	return buildFacilitatorModel({ today: TODAY, trajectory: trajectory(), sessions: ownSessions(), members: members(), ...input });
}
