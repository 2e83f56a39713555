import { printableName } from "../core/text/printable-name";
import { checkCommand } from "./check-command";
import type { CliIo } from "./cli-io";
import { EXIT, UsageError } from "./cli-io";
import { methodsCommand } from "./methods-command";
import { planCommand } from "./plan-command";
import { questionsCommand } from "./questions-command";
import { reportArgs } from "./report-args";
import { reportCommand } from "./report-command";

const HELP = `Usage: intervisie <command> [options]

Commands:
  check <vault> [--json]   Check the intervisie notes in a vault folder. Never writes.
  methods [--json]         List the built-in intervisie methods with their steps and minutes.
  plan --members "A,B,C" --start YYYY-MM-DD --sessions N [--end YYYY-MM-DD | --every 2w..6w]
       [--facilitator NAME] [--json]
                           Print a plan of sessions: dates, case-bringer and facilitator.
                           Spread from start to end (default: one year after start), or every
                           2 to 6 weeks. Without --facilitator, members take turns. Never writes.
  report <vault> --out FILE [--member NAME] [--group] [--trajectory NAME] [--lang nl|en]
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

function checkArgs(args: readonly string[]): { vault: string; json: boolean } {
	const options = args.filter((arg) => arg.startsWith("-") && arg !== "-");
	const positional = args.filter((arg) => !options.includes(arg));
	const unknown = options.filter((option) => option !== "--json");
	if (unknown.length > 0) throw new UsageError(`Unknown option: ${unknown.join(" ")}`);
	if (positional.length === 0) throw new UsageError("check needs the vault folder: intervisie check <vault>");
	if (positional.length > 1) throw new UsageError(`check takes one vault folder, got: ${positional.join(" ")}`);
	return { vault: positional[0] ?? "", json: options.includes("--json") };
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
