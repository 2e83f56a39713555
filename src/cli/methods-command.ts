import { builtInMethods } from "../core/methods/catalogue";
import type { IntervisieMethod } from "../core/methods/method";
import { totalMinutes } from "../core/methods/total-minutes";
import type { CliIo } from "./cli-io";
import { EXIT, UsageError } from "./cli-io";

/** `intervisie methods [--json]`: the built-in catalogue, names in both languages, steps and minutes. */
export function methodsCommand(args: readonly string[], io: CliIo): number {
	const unknown = args.filter((arg) => arg !== "--json");
	if (unknown.length > 0) throw new UsageError(`methods takes only --json, got: ${unknown.join(" ")}`);
	const methods = builtInMethods();
	if (args.includes("--json")) io.stdout(`${JSON.stringify(methods.map(methodJson), null, 2)}\n`);
	else io.stdout(methods.map(methodText).join("\n"));
	return EXIT.ok;
}

function methodJson(method: IntervisieMethod): unknown {
	return {
		id: method.id,
		names: { nl: method.name.nl, en: method.name.en },
		steps: method.steps.map((step) => ({ name: { nl: step.name.nl, en: step.name.en }, minutes: step.minutes })),
		total_minutes: totalMinutes(method),
	};
}

function methodText(method: IntervisieMethod): string {
	const width = Math.max(0, ...method.steps.map((step) => String(step.minutes).length));
	const steps = method.steps.map((step, i) => `  ${i + 1}. ${String(step.minutes).padStart(width)} min  ${step.name.en} / ${step.name.nl}\n`);
	return `${method.id}: ${method.name.en} / ${method.name.nl}\n${steps.join("")}  Total: ${totalMinutes(method)} min\n`;
}
