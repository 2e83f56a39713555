import type { Language } from "../i18n/language";
import { REPORT_STRINGS } from "../i18n/report-strings";
import type { NoteIndex } from "../index/note-index";
import { DEFAULT_SCALE } from "../schema/read-note";
import type { LinkResolver } from "../schema/note-record";
import type { TrajectoryNote } from "../schema/notes";
import { goalRatingScale } from "../rating/rating-scale";
import type { ScaleDefault } from "../rating/rating-scale";
import { assembleConversation } from "./assemble-conversation";
import { assembleGoals } from "./assemble-goals";
import { assembleLearning } from "./assemble-learning";
import { assembleSessions } from "./assemble-sessions";
import type { TrajectoryReportInput } from "./report-input";
import { reportScope } from "./report-scope";
import type { ReportScope } from "./report-scope";
import { ShareableNotes } from "./shareable-notes";

export interface AssembleReportInput {
	index: NoteIndex;
	resolver: LinkResolver;
	/** Note bodies by path; `reportNotePaths` says which ones are read. A missing body reads as empty. */
	bodies: ReadonlyMap<string, string>;
	/** The one decision of whether a note is or might be private; without it, the index's records decide. */
	isPrivatePath?: (path: string) => boolean;
	/** Notes whose name a link that leads nowhere starts with: such a link is judged by them. */
	namedAtStartOf?: (target: string) => readonly string[];
	member: string;
	/** Path of the trajectory note; null for all the member's notes, outside any trajectory. */
	trajectory: string | null;
	/** Shown as the trajectory's name when there is no trajectory note. */
	trajectoryName?: string;
	today: string;
	language: Language;
	/** The scale of goals outside any trajectory (the settings' default); 1 to 10 when not given. */
	defaultScale?: ScaleDefault;
}

/**
 * The trajectory report of one member, from the notes. Private notes are skipped entirely; of every other
 * note only its shareable version is read. Of other members only the sessions' own facts appear (date,
 * theme, method), never their cases, goals or reports.
 */
export function assembleReport(input: AssembleReportInput): TrajectoryReportInput {
	const notes = shareableNotes(input);
	const scope = scopeOf(input, notes);
	const trajectory = scope.trajectory;
	const defaultScale = input.defaultScale ?? DEFAULT_SCALE;
	const findTrajectory = (link: string, from: string): TrajectoryNote | null => {
		const path = scope.resolve(link, from);
		const found = path === null ? null : input.index.note(path);
		if (found?.kind !== "trajectory") return null;
		// The scale's numbers say nothing; the words of a private trajectory stay out of the report.
		return notes.isPrivate(found.path) ? { ...found, scaleMinLabel: null, scaleMaxLabel: null } : found;
	};
	return {
		language: input.language,
		date: input.today,
		member: input.member,
		trajectory: {
			name: trajectory?.name ?? input.trajectoryName ?? "",
			start: trajectory?.start ?? null,
			end: trajectory?.end ?? null,
			facilitator: trajectory?.facilitator ?? null,
			scale: trajectory ? { min: trajectory.scaleMin, max: trajectory.scaleMax } : { ...defaultScale },
		},
		goals: assembleGoals(scope, notes, input.language, (goal) => goalRatingScale(goal, findTrajectory, defaultScale, input.language)),
		sessions: assembleSessions(scope, input.member, notes, input.language),
		...assembleLearning(scope, notes),
		intake: assembleConversation(scope.intake, scope, notes),
		evaluation: assembleConversation(scope.evaluation, scope, notes),
	};
}

/** The notes whose bodies the report reads: an adapter reads just these before calling `assembleReport`. */
export function reportNotePaths(input: Omit<AssembleReportInput, "bodies" | "language">): string[] {
	const scope = scopeOf(input, shareableNotes({ ...input, bodies: new Map(), language: "en" }));
	return [...scope.goals, ...scope.reports, ...[scope.intake, scope.evaluation].filter((n) => n !== null)].map((n) => n.path);
}

function shareableNotes(input: AssembleReportInput): ShareableNotes {
	return new ShareableNotes({ index: input.index, resolver: input.resolver, bodies: input.bodies, isPrivatePath: input.isPrivatePath, namedAtStartOf: input.namedAtStartOf, privateLabel: REPORT_STRINGS[input.language].privateLabel });
}

function scopeOf(input: Omit<AssembleReportInput, "bodies" | "language">, notes: ShareableNotes): ReportScope {
	return reportScope({ index: input.index, resolver: input.resolver, member: input.member, trajectory: input.trajectory, today: input.today, isPrivate: (path) => notes.isPrivate(path) });
}

