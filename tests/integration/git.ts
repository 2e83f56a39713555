import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface GitSandbox {
	/** A temporary folder for everything outside the vaults: the group's remote, git's home. */
	root: string;
	/** The group's remote: a bare repository, reached by its file path only. */
	remote: string;
	/** Runs git in `cwd` and returns what it printed; throws (with git's message) when git fails. */
	git(cwd: string, ...args: string[]): string;
	/** Runs git in `cwd` and returns its exit code and output instead of throwing. */
	tryGit(cwd: string, ...args: string[]): { code: number; output: string };
	remove(): void;
}

/**
 * Git with nothing of this machine's configuration: no system config, an empty home of its own, a fixed
 * default branch, no prompts, no editor, and no network (the remote is a folder).
 */
export function gitSandbox(): GitSandbox {
	const root = mkdtempSync(join(tmpdir(), "intervisie-git-"));
	const home = join(root, "home");
	mkdirSync(home);
	writeFileSync(join(home, ".gitconfig"), "[init]\n\tdefaultBranch = main\n[core]\n\tquotePath = false\n[gc]\n\tauto = 0\n[maintenance]\n\tauto = false\n[advice]\n\tdetachedHead = false\n");
	// Only what git needs: a caller's GIT_DIR, GIT_INDEX_FILE or GIT_AUTHOR_* (say, inside a hook) must not leak in.
	const env: Record<string, string> = {
		PATH: process.env.PATH ?? "/usr/bin:/bin",
		HOME: home,
		XDG_CONFIG_HOME: join(home, ".config"),
		GIT_CONFIG_NOSYSTEM: "1",
		GIT_TERMINAL_PROMPT: "0",
		GIT_MERGE_AUTOEDIT: "no",
		GIT_EDITOR: "true",
		LC_ALL: "C",
	};
	const run = (cwd: string, args: string[]): string =>
		execFileSync("git", ["-c", "protocol.allow=never", "-c", "protocol.file.allow=always", ...args], { cwd, env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
	const remote = join(root, "group.git");
	run(root, ["init", "--quiet", "--bare", "--initial-branch=main", remote]);
	return {
		root,
		remote,
		git: (cwd, ...args) => {
			try {
				return run(cwd, args);
			} catch (error) {
				const failed = error as { stdout?: string; stderr?: string };
				throw new Error(`git ${args.join(" ")} failed in ${cwd}:\n${failed.stdout ?? ""}${failed.stderr ?? ""}`);
			}
		},
		tryGit: (cwd, ...args) => {
			try {
				return { code: 0, output: run(cwd, args) };
			} catch (error) {
				const failed = error as { status?: number; stdout?: string; stderr?: string };
				return { code: failed.status ?? 1, output: `${failed.stdout ?? ""}${failed.stderr ?? ""}` };
			}
		},
		remove: () => rmSync(root, { recursive: true, force: true }),
	};
}
