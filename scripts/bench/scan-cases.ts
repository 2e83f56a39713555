import { recordFromText } from "../../src/cli/record-from-text";
import { goalStatementFromBody } from "../../src/core/coaching/goal-statement";
import { coachGoal } from "../../src/core/coaching/goal-coach";
import { readPhaseNotes } from "../../src/core/facilitation/phase-notes";
import { bodySections } from "../../src/core/report/body-sections";
import { taskLines } from "../../src/core/report/task-lines";
import { textBlocks } from "../../src/core/report/text-blocks";
import { makeShareable } from "../../src/core/privacy/make-shareable";
import { repeated, type ScanCase } from "./scan-ratio";

const GOAL = "---\nintervisie: goal\n---\n";
const record = (text: string): unknown => recordFromText("Goals/Worst.md", text, 0);
/** What every exit does to a note before it leaves: its shareable version, with every link target private. */
const shareable = (text: string): unknown => makeShareable({ frontmatter: null, body: text, isPrivateTarget: () => true, privateLabel: "private note" });

/** Backtick runs of every length, none closed: each opener looks for its closer on the rest of the line. */
function unclosedBackticks(size: number): string {
	let text = "";
	for (let run = 1; text.length < size; run++) text += `${"`".repeat(run)}a`;
	return text.slice(0, size);
}

/** The worst inputs found for the scanners of note text, each read through the entry point that meets it. */
export const SCAN_CASES: readonly ScanCase[] = [
	{ name: "scan_brackets", what: "a line of `[` through the command line's note reader", text: (n) => GOAL + repeated("[", n), read: record },
	{ name: "scan_link_like", what: "a line of `[[a|` through the command line's note reader", text: (n) => GOAL + repeated("[[a|", n), read: record },
	{ name: "scan_backticks", what: "backtick runs that never close, through the command line's note reader", text: (n) => GOAL + unclosedBackticks(n), read: record },
	{ name: "scan_fence_line", what: "a fence of backticks with a carriage return inside, through the note reader", text: (n) => GOAL + repeated("`", n, "", "\rx"), read: record },
	{ name: "scan_heading_spaces", what: "a heading followed by a run of spaces, through the note reader", text: (n) => GOAL + repeated(" ", n, "# a", "b"), read: record },
	{ name: "scan_percent_comments", what: "lines of `x %% c %% y` through the goal statement reader", text: (n) => repeated("x %% c %% y\n", n, "## Wat ik ga doen\n"), read: goalStatementFromBody },
	{ name: "scan_percent_runs", what: "a line of `%%` through the goal statement reader", text: (n) => repeated("%%", n, "## What I will do\n", "x"), read: goalStatementFromBody },
	{ name: "scan_goal_heading_spaces", what: "a heading and a run of spaces through the goal statement reader", text: (n) => repeated(" ", n, "## Wat ik ga doen", "x\nIk vraag door."), read: goalStatementFromBody },
	{ name: "scan_dots", what: "a goal of dots through the goal coach", text: (n) => repeated(".", n, "Ik vraag door", "x"), read: (text) => coachGoal({ statement: text }, "nl") },
	{ name: "scan_headings", what: "a heading on every line through the report's section reader", text: (n) => repeated("# a\n", n), read: bodySections },
	{ name: "scan_report_links", what: "a line of `[[a|` in report text", text: (n) => repeated("[[a|", n), read: textBlocks },
	{ name: "scan_report_emphasis", what: "a line of `**a ` in report text", text: (n) => repeated("**a ", n), read: textBlocks },
	{ name: "scan_task_spaces", what: "a task with a long run of spaces before a line separator, through the report's task reader", text: (n) => repeated(" ", n, "- [ ] a", "\u2028"), read: taskLines },
	{ name: "scan_private_comments", what: "lines of `x %% c %% y` through the shareable version of a note", text: (n) => repeated("x %% c %% y\n", n), read: shareable },
	{ name: "scan_private_percent_runs", what: "a line of `%%` through the shareable version of a note", text: (n) => repeated("%%", n, "", "x"), read: shareable },
	{ name: "scan_private_link_ends", what: "a line of `[a](` (destinations never closed) through the shareable version", text: (n) => repeated("[a](", n), read: shareable },
	{ name: "scan_private_backslashes", what: "a wikilink ending in a long run of backslashes through the shareable version", text: (n) => repeated("\\", n, "[[", "x]]"), read: shareable },
	{ name: "scan_private_callouts", what: "a private callout followed by lazy lines, through the shareable version", text: (n) => repeated("lazy line\n", n, "> [!private]\n> x\n"), read: shareable },
	{ name: "scan_goal_clauses", what: "a long goal of side clauses through the goal coach", text: (n) => repeated("werk dat niet past, ", n, "Ik zeg nee tegen "), read: (text) => coachGoal({ statement: text }, "nl") },
	{ name: "scan_phase_heading", what: "a phase heading followed by a run of spaces, through the session's phase notes", text: (n) => repeated(" ", n, "## Notes\n### P\nx\n## a", "b"), read: (text) => readPhaseNotes(text, "Notes", "P") },
];
