import { GOAL_CRITERIA, type CriterionId } from "../../../src/core/coaching/criteria";
import { unmetCriteria } from "../../../src/core/coaching/goal-coach";
import type { Language } from "../../../src/core/i18n/language";
import type { LabelledGoal } from "./goal-table";

/** How many of the coach's judgements (one per goal and criterion) agree with the labels. */
export interface Agreement {
	agreed: number;
	total: number;
}

export interface TableScore {
	perCriterion: Record<CriterionId, Agreement>;
	overall: Agreement;
	/** Goals on which the coach judged a criterion differently, for reading, not for tuning. */
	disagreements: { statement: string; criterion: CriterionId; labelled: "met" | "unmet" }[];
}

export function scoreTable(rows: readonly LabelledGoal[], language: Language): TableScore {
	const perCriterion = Object.fromEntries(GOAL_CRITERIA.map((id) => [id, { agreed: 0, total: 0 }])) as Record<CriterionId, Agreement>;
	const overall: Agreement = { agreed: 0, total: 0 };
	const disagreements: TableScore["disagreements"] = [];
	for (const row of rows) {
		const hinted = new Set(unmetCriteria({ statement: row.statement, deadline: row.deadline }, language).map((result) => result.criterion));
		for (const criterion of GOAL_CRITERIA) {
			const labelledUnmet = row.unmet.includes(criterion);
			const agrees = hinted.has(criterion) === labelledUnmet;
			for (const tally of [perCriterion[criterion], overall]) {
				tally.total++;
				if (agrees) tally.agreed++;
			}
			if (!agrees) disagreements.push({ statement: row.statement, criterion, labelled: labelledUnmet ? "unmet" : "met" });
		}
	}
	return { perCriterion, overall, disagreements };
}

export function share({ agreed, total }: Agreement): number {
	return total === 0 ? 1 : agreed / total;
}

export function combined(a: Agreement, b: Agreement): Agreement {
	return { agreed: a.agreed + b.agreed, total: a.total + b.total };
}

function percent(agreement: Agreement): string {
	return `${(share(agreement) * 100).toFixed(1)} % (${agreement.agreed}/${agreement.total})`;
}

/** A plain-text table: one row per criterion, columns Dutch, English, both. */
export function formatScores(dutch: TableScore, english: TableScore): string {
	const lines = [["criterion", "nl", "en", "both"]];
	for (const criterion of GOAL_CRITERIA) {
		const nl = dutch.perCriterion[criterion];
		const en = english.perCriterion[criterion];
		lines.push([criterion, percent(nl), percent(en), percent(combined(nl, en))]);
	}
	lines.push(["overall", percent(dutch.overall), percent(english.overall), percent(combined(dutch.overall, english.overall))]);
	const widths = lines[0]?.map((_cell, column) => Math.max(...lines.map((line) => line[column]?.length ?? 0))) ?? [];
	return lines.map((line) => line.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  ")).join("\n");
}
