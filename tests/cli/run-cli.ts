import { run } from "../../src/cli/main";

export interface CliResult {
	code: number;
	stdout: string;
	stderr: string;
}

/** A `cli(...argv)` that runs the command-line tool in-process and captures what it prints; `now` fixes its clock. */
export function cliRunner(now?: () => Date): (...argv: string[]) => Promise<CliResult> {
	return async (...argv) => {
		let stdout = "";
		let stderr = "";
		const code = await run(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), now });
		return { code, stdout, stderr };
	};
}
