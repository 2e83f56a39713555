import type { Language } from "../core/i18n/language";
import { UsageError } from "./cli-io";
import { givenGroupsFolder } from "./groups-folder";

export interface ReportArgs {
	vault: string;
	out: string;
	format: "html" | "markdown";
	member: string | null;
	group: boolean;
	trajectory: string | null;
	language: Language | null;
	/** `--groups-folder`, inside the vault; null to take the plugin's setting. */
	groupsFolder: string | null;
}

const VALUE_OPTIONS = ["--member", "--trajectory", "--out", "--lang", "--groups-folder"] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];

/** `report <vault> [--member NAME] [--group] [--trajectory NAME] [--lang nl|en] [--groups-folder FOLDER] --out FILE`; `--name=value` works too. */
export function reportArgs(args: readonly string[]): ReportArgs {
	const values = new Map<ValueOption, string>();
	const positional: string[] = [];
	let group = false;
	for (let i = 0; i < args.length; i++) {
		const arg = args[i] ?? "";
		if (arg === "--group") {
			group = true;
			continue;
		}
		if (!arg.startsWith("-") || arg === "-") {
			positional.push(arg);
			continue;
		}
		const equals = arg.indexOf("=");
		const name = equals > 0 ? arg.slice(0, equals) : arg;
		const option = VALUE_OPTIONS.find((known) => known === name);
		if (option === undefined) throw new UsageError(`Unknown option: ${arg}`);
		if (values.has(option)) throw new UsageError(`${option} is given twice.`);
		const value = equals > 0 ? arg.slice(equals + 1) : args[++i];
		if (value === undefined || value.trim() === "" || (equals < 0 && value.startsWith("--"))) throw new UsageError(`${option} needs a value.`);
		values.set(option, value.trim());
	}
	if (positional.length === 0) throw new UsageError("report needs the vault folder: intervisie report <vault> --out report.html");
	if (positional.length > 1) throw new UsageError(`report takes one vault folder, got: ${positional.join(" ")}`);
	const out = values.get("--out");
	if (out === undefined) throw new UsageError("report needs a file to write: --out report.html or --out report.md");
	return { vault: positional[0] ?? "", out, format: formatOf(out), member: values.get("--member") ?? null, group, trajectory: values.get("--trajectory") ?? null, language: languageOf(values.get("--lang")), groupsFolder: givenGroupsFolder(values.get("--groups-folder")) };
}

function formatOf(out: string): "html" | "markdown" {
	const lower = out.toLowerCase();
	if (lower.endsWith(".html") || lower.endsWith(".htm")) return "html";
	if (lower.endsWith(".md")) return "markdown";
	throw new UsageError(`--out must end in .html (a web page) or .md (a markdown note), got: ${out}`);
}

function languageOf(value: string | undefined): Language | null {
	if (value === undefined) return null;
	if (value === "nl" || value === "en") return value;
	throw new UsageError(`--lang must be nl or en, got: ${value}`);
}
