import type { CaseStatus, GoalStatus, ReportRole, SessionStatus } from "./kinds";

/** Dutch words people type by hand, mapped to the canonical values the templates write. */
export const GOAL_STATUS_ALIASES: Record<string, GoalStatus> = {
	concept: "draft",
	actief: "active",
	bereikt: "achieved",
	behaald: "achieved",
	gepauzeerd: "paused",
	gestopt: "dropped",
	vervallen: "dropped",
};

export const CASE_STATUS_ALIASES: Record<string, CaseStatus> = {
	concept: "draft",
	klaar: "ready",
	gereed: "ready",
	besproken: "discussed",
};

export const SESSION_STATUS_ALIASES: Record<string, SessionStatus> = {
	gepland: "planned",
	gehouden: "held",
	geweest: "held",
	afgelast: "cancelled",
	geannuleerd: "cancelled",
	verplaatst: "moved",
	canceled: "cancelled",
};

export const ROLE_ALIASES: Record<string, ReportRole> = {
	inbrenger: "case-bringer",
	casusinbrenger: "case-bringer",
	deelnemer: "participant",
	gespreksleider: "facilitator",
	begeleider: "facilitator",
};
