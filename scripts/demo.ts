import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { spawnSync } from "node:child_process";
import { createHarness } from "../tests/harness/harness";
import type { PluginClass } from "../tests/harness/harness";
import { loadBuiltPluginClass } from "../tests/harness/load-built-plugin";
import type { Plugin } from "obsidian";
import { STORY } from "./demo/demo-story";
import { driveStory } from "./demo/drive-story";

const ROOT = resolve(".");
const VAULT = join(ROOT, "demo-vault");
const manifest = JSON.parse(readFileSync(join(ROOT, "manifest.json"), "utf8")) as { id: string } & Record<string, string>;

function say(line = ""): void {
	process.stdout.write(`${line}\n`);
}

interface DemoPlugin extends Plugin {
	clock: () => Date;
	random: () => number;
}

/** A previous demo vault is kept once, so notes someone wrote in it while trying it out are not lost. */
function freshVault(): void {
	if (existsSync(VAULT)) {
		const previous = `${VAULT}.previous`;
		rmSync(previous, { recursive: true, force: true });
		renameSync(VAULT, previous);
		say(`The previous demo vault is kept in ${previous}`);
	}
	mkdirSync(VAULT, { recursive: true });
}

function installPlugin(configDir: string): void {
	const dir = join(VAULT, configDir, "plugins", manifest.id);
	mkdirSync(dir, { recursive: true });
	for (const file of ["main.js", "manifest.json", "styles.css"]) copyFileSync(join(ROOT, file), join(dir, file));
	writeFileSync(join(VAULT, configDir, "community-plugins.json"), `${JSON.stringify([manifest.id], null, 2)}\n`);
}

async function main(): Promise<number> {
	if (!existsSync(join(ROOT, "main.js"))) {
		process.stderr.write("main.js is missing: run `npm run build` first (npm run demo does).\n");
		return 2;
	}
	freshVault();
	const h = createHarness({ vaultDir: VAULT, language: "nl" });
	const Built = loadBuiltPluginClass(join(ROOT, "main.js")) as unknown as PluginClass<DemoPlugin>;
	const plugin = await h.loadPlugin(Built, manifest as never);
	let now = new Date(2026, 0, 12, 9, 0);
	plugin.clock = () => now;
	let seed = 7;
	plugin.random = () => {
		seed = (seed * 16807) % 2147483647;
		return (seed - 1) / 2147483646;
	};
	h.layoutReady();
	await h.settle();
	await driveStory(
		{
			h,
			pluginId: manifest.id,
			setToday: (day) => {
				const [y, m, d] = day.split("-").map(Number);
				now = new Date(y ?? 2026, (m ?? 1) - 1, d ?? 1, 20, 30);
			},
			setNow: (date) => {
				now = date;
			},
		},
		STORY,
	);
	if (h.errors.length) throw new Error(`The plugin logged errors: ${h.errors.map(String).join("; ")}`);
	const configDir = h.app.vault.configDir;
	await h.dispose();
	installPlugin(configDir);

	say(`\nDemo vault written to ${VAULT} by the plugin's own commands (${STORY.length} steps).\n`);
	say("intervisie check demo-vault:\n");
	const check = spawnSync(process.execPath, [join(ROOT, "bin/intervisie.cjs"), "check", VAULT], { stdio: "inherit" });
	say(`\nOpen it in Obsidian: "Open folder as vault", choose ${VAULT},`);
	say("then trust the author and turn on community plugins when asked: Intervisie journal is installed and enabled.");
	return check.status === 0 ? 0 : 1;
}

main().then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
		process.exitCode = 1;
	},
);
