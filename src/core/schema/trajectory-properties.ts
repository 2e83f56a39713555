import type { FrontmatterData } from "../yaml/render-frontmatter";
import type { FieldReader } from "./field-reader";
import { SCHEMA_VERSION } from "./kinds";
import { noteHead, type NewNoteContext } from "./new-note-context";
import type { NoteBase, TrajectoryNote } from "./notes";
import { P } from "./property-names";

/** A trajectory's properties: the reader, then the writer of a new trajectory note. */
export const DEFAULT_SCALE = { min: 1, max: 10 } as const;

export function readTrajectory(base: NoteBase, f: FieldReader): TrajectoryNote {
	return {
		...base,
		kind: "trajectory",
		name: f.string(P.name) ?? base.title,
		start: f.day(P.start),
		end: f.day(P.end),
		members: f.strings(P.members),
		facilitator: f.string(P.facilitator),
		sessionsPlanned: f.number(P.sessionsPlanned),
		scaleMin: f.number(P.scaleMin) ?? DEFAULT_SCALE.min,
		scaleMax: f.number(P.scaleMax) ?? DEFAULT_SCALE.max,
		scaleMinLabel: f.string(P.scaleMinLabel),
		scaleMaxLabel: f.string(P.scaleMaxLabel),
		groupFolder: f.string(P.groupFolder),
	};
}

export interface NewTrajectory {
	name: string;
	start: string | null;
	end: string | null;
	members: readonly string[];
	facilitator: string | null;
	sessionsPlanned: number | null;
	scaleMin: number;
	scaleMax: number;
}

export function newTrajectoryProperties(trajectory: NewTrajectory, context: NewNoteContext): FrontmatterData {
	return {
		...noteHead("trajectory", context),
		[P.name]: trajectory.name,
		[P.start]: trajectory.start,
		[P.end]: trajectory.end,
		[P.members]: [...trajectory.members],
		[P.facilitator]: trajectory.facilitator,
		[P.sessionsPlanned]: trajectory.sessionsPlanned,
		[P.scaleMin]: trajectory.scaleMin,
		[P.scaleMax]: trajectory.scaleMax,
		[P.schema]: SCHEMA_VERSION,
	};
}
