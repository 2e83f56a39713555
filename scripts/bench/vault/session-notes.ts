import { safeFileName } from "../../../src/core/files/safe-file-name";
import { methodById } from "../../../src/core/methods/catalogue";
import type { Action } from "../../../src/core/notes/actions";
import { buildCase } from "../../../src/core/notes/build-case";
import { buildReport, reportBaseName } from "../../../src/core/notes/build-report";
import type { GoalStatus, ReportRole } from "../../../src/core/schema/kinds";
import { addDays } from "./days";
import type { NoteMaker } from "./note-maker";
import { between, chance, pick } from "./random";
import type { Random } from "./random";
import { ACTIONS, QUESTION_ENDS, QUESTION_STARTS } from "./texts";
import type { VaultNote } from "./vault-note";

export type { NoteMaker } from "./note-maker";

/** A member's last report and its open actions: they come back in the member's next case and report. */
export interface MemberLog {
	lastReport: string | null;
	actions: Action[];
}

interface LinkedGoal {
	link: string;
	status: GoalStatus;
	baseline: number;
	target: number;
}

export interface CaseSpec {
	bringer: string;
	date: string;
	session: string;
	goals: readonly LinkedGoal[];
	ready: "discussed" | "ready";
	log: MemberLog | undefined;
}

export function writeCase(make: NoteMaker, random: Random, spec: CaseSpec): { note: VaultNote; link: string } {
	const question = `${pick(random, QUESTION_STARTS)} ${pick(random, QUESTION_ENDS)}?`;
	const goals = spec.goals.slice(0, between(random, 1, 2)).map((g) => g.link);
	const previousActions = { from: spec.log?.lastReport ?? null, actions: spec.log?.actions ?? [] };
	return make.note(spec.bringer, "case", safeFileName(question), addDays(spec.date, -7), (_place, context) => {
		const draft = buildCase({ question, date: spec.date, session: spec.session, method: methodById("six-phase"), goals, previousActions }, context, make.texts, "en");
		return { ...draft, frontmatter: { ...draft.frontmatter, status: spec.ready } };
	});
}

export interface ReportSpec {
	member: string;
	date: string;
	number: number;
	count: number;
	session: string;
	caseLink: string | null;
	role: ReportRole;
	goals: readonly LinkedGoal[];
	nextDate: string | null;
	alwaysRates: boolean;
	log: MemberLog;
}

/** A report with a rating per goal that climbs from baseline toward target over the trajectory. */
export function writeReport(make: NoteMaker, random: Random, spec: ReportSpec): VaultNote {
	const goals = spec.goals
		.filter((g) => g.status !== "draft")
		.map((g) => {
			const trend = g.baseline + ((g.target - g.baseline) * spec.number) / spec.count;
			const rating = Math.min(10, Math.max(1, Math.round(trend + random() * 2 - 1)));
			return { link: g.link, rating: spec.alwaysRates || !chance(random, 0.1) ? rating : null };
		});
	const due = spec.nextDate ?? addDays(spec.date, 21);
	const actions = Array.from({ length: between(random, 1, 2) }, () => ({ text: pick(random, ACTIONS), due }));
	const input = {
		date: spec.date,
		session: spec.session,
		sessionNumber: spec.number,
		case: spec.caseLink,
		role: spec.role,
		goals,
		actions,
		previousActions: { from: spec.log.lastReport, actions: spec.log.actions },
	};
	const place = make.reserve("report", reportBaseName(input, make.texts));
	spec.log.lastReport = place.link;
	spec.log.actions = actions;
	return make.at(place, spec.member, "report", spec.date, (context) => buildReport(input, context, make.texts, "en"));
}
