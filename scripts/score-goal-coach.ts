// Prints how often the goal coach agrees with the labelled tables, per criterion and language.
// Usage: npm run score:goals [-- tuning] [-- --disagreements]
// The held-back table is printed by default; it is scored, never tuned on.
import process from "node:process";
import { HELD_BACK_DUTCH, HELD_BACK_ENGLISH } from "../tests/core/coaching/goal-table-held-back";
import { formatScores, scoreTable, type TableScore } from "../tests/core/coaching/goal-table-score";
import { TUNING_DUTCH, TUNING_ENGLISH } from "../tests/core/coaching/goal-table-tuning";

const args = process.argv.slice(2);
const tuning = args.includes("tuning");
const [dutchRows, englishRows] = tuning ? [TUNING_DUTCH, TUNING_ENGLISH] : [HELD_BACK_DUTCH, HELD_BACK_ENGLISH];
const dutch = scoreTable(dutchRows, "nl");
const english = scoreTable(englishRows, "en");

process.stdout.write(`Goal coach on the ${tuning ? "tuning" : "held-back"} table (${dutchRows.length} nl, ${englishRows.length} en goals)\n`);
process.stdout.write(`${formatScores(dutch, english)}\n`);
if (args.includes("--disagreements")) {
	for (const [language, score] of [["nl", dutch], ["en", english]] as [string, TableScore][]) {
		for (const { statement, criterion, labelled } of score.disagreements) {
			process.stdout.write(`${language}  ${criterion} labelled ${labelled}: ${statement}\n`);
		}
	}
}
