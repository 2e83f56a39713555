import { buildSync } from "esbuild";
import { mkdirSync } from "node:fs";
import { join } from "node:path";

/** Bundles the floor program into one file, as the command is bundled, and returns its path. */
export function buildCheckFloor(root: string): string {
	const outfile = join(root, "dist", "bench-check-floor.cjs");
	mkdirSync(join(root, "dist"), { recursive: true });
	buildSync({
		entryPoints: [join(root, "scripts", "bench", "floor", "check-floor-main.ts")],
		bundle: true,
		platform: "node",
		format: "cjs",
		target: "node18",
		outfile,
		logLevel: "warning",
	});
	return outfile;
}
