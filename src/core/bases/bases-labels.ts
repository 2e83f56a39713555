import type { Language } from "../i18n/language";
import { P } from "../schema/property-names";

export interface BasesLabels {
	files: { goals: string; reports: string; sessions: string };
	views: { activeGoals: string; allGoals: string; byGoal: string; byDate: string; sessions: string };
	names: { goal: string; report: string; session: string };
	props: Record<string, string>;
}

/**
 * Names of the files, views and columns; the words follow the glossary. Plain data, needed only when the views are
 * made: main.js stores it deflated (see scripts/compressed-data.mjs).
 */
export function basesLabels(): Readonly<Record<Language, BasesLabels>> {
	return LABELS;
}

const LABELS: Readonly<Record<Language, BasesLabels>> = {
	en: {
		files: { goals: "Goals", reports: "Reports by goal", sessions: "Sessions" },
		views: { activeGoals: "Active goals", allGoals: "All goals", byGoal: "By goal", byDate: "By date", sessions: "Sessions by date" },
		names: { goal: "Goal", report: "Report", session: "Session" },
		props: {
			[P.status]: "Status",
			[P.deadline]: "Target date",
			[P.baseline]: "Baseline",
			[P.target]: "Target",
			[P.trajectory]: "Trajectory",
			[P.date]: "Date",
			[P.session]: "Session",
			[P.role]: "Role",
			[P.goals]: "Goals",
			[P.ratings]: "Ratings",
			[P.number]: "Number",
			[P.caseBringers]: "Case-bringers",
			[P.facilitator]: "Chair",
			[P.method]: "Method",
			[P.theme]: "Theme",
		},
	},
	nl: {
		files: { goals: "Leerdoelen", reports: "Verslagen per leerdoel", sessions: "Bijeenkomsten" },
		views: { activeGoals: "Actieve leerdoelen", allGoals: "Alle leerdoelen", byGoal: "Per leerdoel", byDate: "Op datum", sessions: "Bijeenkomsten op datum" },
		names: { goal: "Leerdoel", report: "Verslag", session: "Bijeenkomst" },
		props: {
			[P.status]: "Status",
			[P.deadline]: "Streefdatum",
			[P.baseline]: "Nulmeting",
			[P.target]: "Streefwaarde",
			[P.trajectory]: "Traject",
			[P.date]: "Datum",
			[P.session]: "Bijeenkomst",
			[P.role]: "Rol",
			[P.goals]: "Leerdoelen",
			[P.ratings]: "Scores",
			[P.number]: "Nummer",
			[P.caseBringers]: "Inbrengers",
			[P.facilitator]: "Gespreksleider",
			[P.method]: "Methode",
			[P.theme]: "Thema",
		},
	},
};
