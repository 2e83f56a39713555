import { printableName } from "../core/text/printable-name";
import { checkCommand } from "./check-command";
import type { CheckArgs } from "./check-command";
import { givenGroupsFolder } from "./groups-folder";
import type { CliIo } from "./cli-io";
import { EXIT, UsageError } from "./cli-io";
import { methodsCommand } from "./methods-command";
import { planCommand } from "./plan-command";
import { questionsCommand } from "./questions-command";
import { reportArgs } from "./report-args";
import { reportCommand } from "./report-command";

const HELP = `Usage: intervisie <command> [options]

Commands:
  check <vault> [--json] [--groups-folder FOLDER]
                           Check the intervisie notes in a vault folder. Never writes.
  methods [--json]         List the built-in intervisie methods with their steps and minutes.
  plan --members "A,B,C" --start YYYY-MM-DD --sessions N [--end YYYY-MM-DD | --every 2w..6w]
       [--facilitator NAME] [--json]
                           Print a plan of sessions: dates, case-bringer and facilitator.
                           Spread from start to end (default: one year after start), or every
                           2 to 6 weeks. Without --facilitator, members take turns. Never writes.
  report <vault> --out FILE [--member NAME] [--group] [--trajectory NAME] [--lang nl|en]
       [--groups-folder FOLDER]
                           Write a trajectory report for the final evaluation: goals with their
                           quality check, progress as a chart and a table, sessions, insights,
                           actions, intake and evaluation, without anything private. FILE ending
                           in .html is one self-contained web page, .md a markdown note. FILE must
                           be outside the folder; an existing file is replaced. --group reads a
                           group folder (a subfolder per member) and writes a part per member.
                           Without --member: the only author of the notes (none named: the
                           vault's owner, unnamed). A --member without notes is refused.
  questions [FILE|-] [--json] [--lang nl|en]
                           Read one question a line (from FILE, or standard input with - or no
                           FILE) and print each with its kind (open, closed, advice, leading, or
                           none when it cannot tell) and the reason, then the tally. Names and
                           list markers before a question are fine. Never writes.

Options:
  --json                   Print JSON: check { notes, problems, hints }, methods [ ... ],
                           plan { sessions }, questions { questions, tally }.
  --groups-folder FOLDER   The groups folder inside the vault, as in the plugin's settings. Notes in
                           it are members' shared copies: check and a personal report leave them
                           out, as the plugin does. Default: the plugin's setting, read from
                           plugins/intervisie-journal/data.json in the vault's config folder
                           (.obsidian, or another dot-folder), else Intervisie/Groups
                           (Intervisie/Groepen for Dutch notes).
  -h, --help               Show this help.

Exit codes: 0 no errors (report: written), 1 errors found, 2 usage, read or write error.
`;

type Command = (args: readonly string[], io: CliIo) => number | Promise<number>;

const COMMANDS = new Map<string, Command>([
	["check", (args, io) => checkCommand(checkArgs(args), io)],
	["methods", methodsCommand],
	["plan", planCommand],
	["report", (args, io) => reportCommand(reportArgs(args), io)],
	["questions", questionsCommand],
]);

/** The command-line tool, without touching the process: returns the exit code. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
	try {
		const [command, ...rest] = argv;
		if (command === undefined) {
			io.stderr(HELP);
			return EXIT.failure;
		}
		if (command === "--help" || command === "-h" || command === "help") {
			io.stdout(HELP);
			return EXIT.ok;
		}
		const handler = COMMANDS.get(command);
		if (handler === undefined) throw new UsageError(`Unknown command: ${command}`);
		if (rest.includes("--help") || rest.includes("-h")) {
			io.stdout(HELP);
			return EXIT.ok;
		}
		return await handler(rest, io);
	} catch (error) {
		if (!(error instanceof UsageError)) throw error;
		// Usage messages name folders, files and people: escaped, like every name the tool prints.
		io.stderr(`intervisie: ${printableName(error.message)}\nRun "intervisie --help" for usage.\n`);
		return EXIT.failure;
	}
}

function checkArgs(args: readonly string[]): CheckArgs {
	const positional: string[] = [];
	let json = false;
	let groupsFolder: string | undefined;
	for (let i = 0; i < args.length; i++) {
		const arg = args[i] ?? "";
		if (arg === "--json") json = true;
		else if (arg === "--groups-folder" || arg.startsWith("--groups-folder=")) {
			if (groupsFolder !== undefined) throw new UsageError("--groups-folder is given twice.");
			const value = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : args[++i];
			if (value === undefined || value.trim() === "" || (!arg.includes("=") && value.startsWith("--"))) throw new UsageError("--groups-folder needs a value.");
			groupsFolder = value;
		} else if (arg.startsWith("-") && arg !== "-") throw new UsageError(`Unknown option: ${arg}`);
		else positional.push(arg);
	}
	if (positional.length === 0) throw new UsageError("check needs the vault folder: intervisie check <vault>");
	if (positional.length > 1) throw new UsageError(`check takes one vault folder, got: ${positional.join(" ")}`);
	return { vault: positional[0] ?? "", json, groupsFolder: givenGroupsFolder(groupsFolder) };
}

/** Entry for the npm bin: runs on the process's arguments and sets its exit code. */
export async function main(): Promise<void> {
	const io: CliIo = {
		stdout: (text) => process.stdout.write(text),
		stderr: (text) => process.stderr.write(text),
	};
	try {
		process.exitCode = await run(process.argv.slice(2), io);
	} catch (error) {
		// Unexpected: a bug, not the user's mistake. One line, still no stack trace unless asked.
		const message = error instanceof Error ? error.message : String(error);
		io.stderr(`intervisie: unexpected error: ${printableName(message)}\n`);
		if (process.env.INTERVISIE_DEBUG && error instanceof Error) io.stderr(`${error.stack ?? ""}\n`);
		process.exitCode = EXIT.failure;
	}
}
