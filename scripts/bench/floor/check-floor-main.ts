import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseObsidianYaml } from "../../../src/cli/obsidian-yaml";
import { findFrontmatterBlock } from "../../../src/core/markdown/frontmatter-block";

/**
 * The least work any correct `intervisie check` must do, as a process of its own: walk the folder
 * (skipping dot-folders and `node_modules`), read each `.md`, find its properties block, and parse only
 * the blocks that mention `intervisie`. No checks, no output but a count.
 */
function walk(folder: string, found: string[]): void {
	for (const entry of readdirSync(folder, { withFileTypes: true })) {
		if (entry.name.startsWith(".")) continue;
		const full = join(folder, entry.name);
		if (entry.isDirectory()) {
			if (entry.name !== "node_modules") walk(full, found);
		} else if (entry.isFile() && entry.name.toLowerCase().endsWith(".md")) {
			found.push(full);
		}
	}
}

const files: string[] = [];
walk(process.argv[2] ?? ".", files);
let ours = 0;
for (const file of files) {
	const block = findFrontmatterBlock(readFileSync(file, "utf8"));
	if (!block?.yaml.includes("intervisie")) continue;
	try {
		if (parseObsidianYaml(block.yaml)) ours++;
	} catch {
		// Malformed: found all the same.
	}
}
process.stdout.write(`${JSON.stringify({ files: files.length, ours })}\n`);
