import type { Language } from "../i18n/language";
import { P } from "../schema/property-names";
import { basesLabels, type BasesLabels as Labels } from "./bases-labels";

/** A filter group as Bases writes it: `and`, `or` or `not` over expressions and nested groups. */
export interface FilterGroup {
	op: "and" | "or" | "not";
	items: (string | FilterGroup)[];
}

export interface SortKey {
	property: string;
	direction: "ASC" | "DESC";
}

export interface TableView {
	name: string;
	filters?: FilterGroup;
	groupBy?: SortKey;
	order: string[];
	sort?: SortKey[];
}

export interface BaseSpec {
	filters: FilterGroup;
	/** Property id → display name. */
	properties: [string, string][];
	views: TableView[];
}

const kind = (value: string): FilterGroup => ({ op: "and", items: [`${P.kind} == "${value}"`] });

/**
 * Bases compare values as written, without the plugin's fallbacks: a goal without `status` counts as active
 * for the plugin, and `actief` is accepted when typed by hand.
 */
const ACTIVE: FilterGroup = { op: "or", items: [`${P.status} == "active"`, `${P.status} == "actief"`, `!${P.status}`] };

function spec(name: string, filters: FilterGroup, labels: Labels, views: TableView[]): BaseSpec {
	const ids = [...new Set(views.flatMap((view) => view.order))];
	const properties = ids.map((id): [string, string] => [id, id === "file.name" ? name : (labels.props[id] ?? id)]);
	return { filters, properties, views };
}

function goalsBase(l: Labels): BaseSpec {
	const order = ["file.name", P.status, P.deadline, P.baseline, P.target, P.trajectory];
	const sort: SortKey[] = [{ property: P.deadline, direction: "ASC" }];
	return spec(l.names.goal, kind("goal"), l, [
		{ name: l.views.activeGoals, filters: ACTIVE, order, sort },
		{ name: l.views.allGoals, groupBy: { property: P.status, direction: "ASC" }, order, sort },
	]);
}

function reportsBase(l: Labels): BaseSpec {
	const order = ["file.name", P.date, P.session, P.role, P.goals, P.ratings];
	const sort: SortKey[] = [{ property: P.date, direction: "DESC" }];
	return spec(l.names.report, kind("report"), l, [
		{ name: l.views.byGoal, groupBy: { property: P.goals, direction: "ASC" }, order, sort },
		{ name: l.views.byDate, order, sort },
	]);
}

function sessionsBase(l: Labels): BaseSpec {
	const order = ["file.name", P.date, P.number, P.status, P.caseBringers, P.facilitator, P.method, P.theme];
	const sort: SortKey[] = [
		{ property: P.date, direction: "ASC" },
		{ property: P.number, direction: "ASC" },
	];
	return spec(l.names.session, kind("session"), l, [{ name: l.views.sessions, order, sort }]);
}

/** The three `.base` files of the command *Create Bases views*, in the notes' language, under `folder`. */
export function intervisieBases(language: Language, folder: string): { path: string; text: string }[] {
	const l = basesLabels()[language];
	const dir = folder.replace(/^\/+|\/+$/g, "");
	const path = (name: string) => (dir ? `${dir}/${name}.base` : `${name}.base`);
	return [
		{ path: path(l.files.goals), text: baseYaml(goalsBase(l)) },
		{ path: path(l.files.reports), text: baseYaml(reportsBase(l)) },
		{ path: path(l.files.sessions), text: baseYaml(sessionsBase(l)) },
	];
}

const RESERVED = /^(true|false|yes|no|on|off|y|n|null|~)$/i;

/** Plain when YAML reads it back as this very string, else single-quoted, else JSON (valid YAML too). */
export function yamlScalar(value: string): string {
	if (/^[A-Za-z_][\w .-]*$/.test(value) && !value.endsWith(" ") && !RESERVED.test(value)) return value;
	if (!/['\p{Cc}]/u.test(value)) return `'${value}'`;
	return JSON.stringify(value);
}

function groupLines(group: FilterGroup, indent: string): string[] {
	const lines = [`${indent}${group.op}:`];
	for (const item of group.items) {
		if (typeof item === "string") {
			lines.push(`${indent}  - ${yamlScalar(item)}`);
		} else {
			const [first = "", ...rest] = groupLines(item, `${indent}    `);
			lines.push(`${indent}  - ${first.trimStart()}`, ...rest);
		}
	}
	return lines;
}

function viewLines(view: TableView): string[] {
	const lines = ["  - type: table", `    name: ${yamlScalar(view.name)}`];
	if (view.filters) lines.push("    filters:", ...groupLines(view.filters, "      "));
	if (view.groupBy) lines.push("    groupBy:", `      property: ${yamlScalar(view.groupBy.property)}`, `      direction: ${view.groupBy.direction}`);
	lines.push("    order:", ...view.order.map((id) => `      - ${yamlScalar(id)}`));
	if (view.sort?.length) {
		lines.push("    sort:");
		for (const key of view.sort) lines.push(`      - property: ${yamlScalar(key.property)}`, `        direction: ${key.direction}`);
	}
	return lines;
}

/** The `.base` text: deterministic, two-space indents, as Obsidian itself writes it. */
export function baseYaml(base: BaseSpec): string {
	const lines = ["filters:", ...groupLines(base.filters, "  ")];
	if (base.properties.length > 0) lines.push("properties:");
	for (const [id, displayName] of base.properties) lines.push(`  ${yamlScalar(id)}:`, `    displayName: ${yamlScalar(displayName)}`);
	lines.push("views:", ...base.views.flatMap(viewLines));
	return `${lines.join("\n")}\n`;
}
