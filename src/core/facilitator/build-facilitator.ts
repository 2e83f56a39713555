import type { Language } from "../i18n/language";
import { methodName as catalogueName } from "../methods/catalogue";
import type { SessionNote, TrajectoryNote } from "../schema/notes";
import { attendanceRows } from "./attendance";
import { methodsCovered, themesCovered } from "./covered";
import type { FacilitatorModel, GroupSession } from "./facilitator-model";
import { groupHeader } from "./group-header";
import { groupMembers } from "./group-members";
import { groupSessions } from "./group-sessions";
import { memberCards } from "./member-cards";
import { memberFacts } from "./member-facts";
import type { GroupMemberInput } from "./member-input";
import { missingReports } from "./missing-reports";
import { questionTrend } from "./question-trend";
import { rotationRows } from "./rotation";

export type { GroupMemberInput } from "./member-input";

export interface FacilitatorInput {
	/** Today, local, `YYYY-MM-DD`. */
	today: string;
	/** For chart summaries and method names; default English. */
	language?: Language;
	trajectory: TrajectoryNote;
	/** The facilitator's own session notes of this trajectory. */
	sessions: readonly SessionNote[];
	/** One entry per subfolder of the trajectory's group folder. */
	members: readonly GroupMemberInput[];
	/** Names a method id; default: the built-in catalogue, or the id itself. */
	methodName?: (id: string, language: Language) => string;
}

/** The facilitator view as plain data: attendance, case rotation, missing reports, themes, methods, members. */
export function buildFacilitatorModel(input: FacilitatorInput): FacilitatorModel {
	const language = input.language ?? "en";
	const name = input.methodName ?? catalogueName;
	const members = groupMembers(input.trajectory, input.members);
	const sessions = groupSessions(input.sessions, members, input.today);
	const facts = members.map((member) => memberFacts(member, sessions));
	return {
		today: input.today,
		language,
		empty: members.length === 0 && sessions.list.length === 0,
		header: groupHeader(input.trajectory, members, sessions.list, input.today),
		sessions: sessions.list.map(
			({ note, state, sharedBy }): GroupSession => ({
				path: note.path,
				number: note.number,
				date: note.date,
				title: note.title,
				state,
				caseBringers: [...note.caseBringers],
				theme: note.theme,
				method: note.method,
				sharedBy,
			}),
		),
		attendance: attendanceRows(members, sessions.list),
		rotation: rotationRows(members, sessions.list),
		missingReports: missingReports(members, sessions.list, facts),
		themes: themesCovered(sessions.list),
		methods: methodsCovered(sessions.list, (id) => name(id, language)),
		questions: questionTrend(sessions.list),
		members: memberCards(facts, { min: input.trajectory.scaleMin, max: input.trajectory.scaleMax }, language),
	};
}
