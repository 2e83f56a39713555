import type { Problem } from "../schema/problem";

/** A note of ours whose properties block cannot be parsed; `intervisie check` and the dashboard say it in the same words. */
export function malformedYamlProblem(path: string, reason: string): Problem {
	return {
		path,
		severity: "error",
		code: "malformed-yaml",
		message: `The properties block cannot be read (${reason}). Open the note in source mode and fix the YAML; nothing else is read until then.`,
	};
}
