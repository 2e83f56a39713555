import { readFile } from "node:fs/promises";
import type { Language } from "../core/i18n/language";
import { QUESTION_STRINGS } from "../core/i18n/question-strings";
import { describeJudgement } from "../core/questions/describe-judgement";
import { judgeQuestionRound, type QuestionRound } from "../core/questions/question-round";
import type { CliIo } from "./cli-io";
import { EXIT, UsageError } from "./cli-io";

/** Longer input is not a question round; refusing it keeps the command quick on a wrong file. */
const MAX_BYTES = 1_000_000;

interface QuestionsArgs {
	source: string;
	json: boolean;
	language: Language;
}

/** `intervisie questions [FILE|-] [--json] [--lang nl|en]`: the kind of every question, one a line, and the tally. */
export async function questionsCommand(args: readonly string[], io: CliIo): Promise<number> {
	const options = questionsArgs(args);
	let text: string;
	try {
		text = options.source === "-" ? await readStdin(io) : await readFile(options.source, "utf8");
	} catch (error) {
		const what = options.source === "-" ? "standard input" : terminalSafe(options.source);
		io.stderr(`intervisie: cannot read ${what}: ${error instanceof Error ? terminalSafe(error.message) : "unknown error"}\n`);
		return EXIT.failure;
	}
	if (text.length > MAX_BYTES) {
		io.stderr(`intervisie: the input is over ${MAX_BYTES} characters; give the question round only.\n`);
		return EXIT.failure;
	}
	const round = judgeQuestionRound(text);
	io.stdout(options.json ? roundJson(round, options.language) : roundText(round, options.language));
	return EXIT.ok;
}

function questionsArgs(args: readonly string[]): QuestionsArgs {
	const positional: string[] = [];
	let json = false;
	let language: Language = "en";
	for (let i = 0; i < args.length; i++) {
		const arg = args[i] ?? "";
		if (arg === "--json") json = true;
		else if (arg === "--lang" || arg.startsWith("--lang=")) {
			const value = arg === "--lang" ? args[++i] : arg.slice("--lang=".length);
			if (value !== "nl" && value !== "en") throw new UsageError("--lang takes nl or en.");
			language = value;
		} else if (arg.startsWith("-") && arg !== "-") throw new UsageError(`Unknown option: ${arg}`);
		else positional.push(arg);
	}
	if (positional.length > 1) throw new UsageError(`questions takes one file (or - for standard input), got: ${positional.join(" ")}`);
	return { source: positional[0] ?? "-", json, language };
}

async function readStdin(io: CliIo): Promise<string> {
	if (io.stdin) return io.stdin();
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
	return Buffer.concat(chunks).toString("utf8");
}

/** The reason as the sentence a person reads, in the language asked for. */
function roundJson(round: QuestionRound, language: Language): string {
	const { open, closed, advice, leading, none } = round.tally;
	const questions = round.questions.map((question) => ({ text: question.text, kind: question.kind, reason: describeJudgement(question, language).reason }));
	return `${JSON.stringify({ questions, tally: { open, closed, advice, leading, none } }, null, 2)}\n`;
}

function roundText(round: QuestionRound, language: Language): string {
	const t = QUESTION_STRINGS[language];
	const width = Math.max(t.noKind.length, ...Object.values(t.kind).map((kind) => kind.length));
	const lines = round.questions.map((question) => {
		const { kind, reason } = describeJudgement(question, language);
		const helped = question.helped ? `  (+) ${t.helped}` : "";
		return `${kind.padEnd(width)}  ${terminalSafe(question.text)}${helped}\n${" ".repeat(width)}  ${terminalSafe(reason)}\n`;
	});
	return `${lines.join("")}${lines.length > 0 ? "\n" : ""}${t.tally(round.tally)}\n`;
}

/** Control characters from the input would steer the terminal; they are shown as escapes instead. */
function terminalSafe(text: string): string {
	let safe = "";
	for (const char of text) {
		const code = char.codePointAt(0) ?? 0;
		safe += code < 0x20 || (code >= 0x7f && code < 0xa0) ? `\\x${code.toString(16).padStart(2, "0")}` : char;
	}
	return safe;
}
