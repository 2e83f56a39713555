#!/usr/bin/env node
"use strict";

// `npm ci` does not build, so the command bundles its TypeScript on first use and again whenever a
// source file is newer than the bundle. dist/ is git-ignored.
async function start() {
	const fs = await import("node:fs");
	const path = await import("node:path");
	const { createRequire } = await import("node:module");

	const root = path.join(__dirname, "..");
	const source = path.join(root, "src");
	const bundle = path.join(root, "dist", "cli.cjs");

	const newestMtime = (folder) => {
		let newest = 0;
		for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
			const full = path.join(folder, entry.name);
			const mtime = entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs;
			if (mtime > newest) newest = mtime;
		}
		return newest;
	};

	const isStale = () => {
		if (!fs.existsSync(bundle)) return true;
		if (!fs.existsSync(source)) return false;
		return newestMtime(source) > fs.statSync(bundle).mtimeMs;
	};

	const build = async () => {
		let esbuild;
		try {
			esbuild = await import("esbuild");
		} catch {
			// Without the build tool an existing bundle, even an older one, beats no command at all.
			if (fs.existsSync(bundle)) return;
			throw new Error("dist/cli.cjs is missing and esbuild is not installed; run npm install");
		}
		const result = esbuild.buildSync({
			entryPoints: [path.join(source, "cli", "main.ts")],
			bundle: true,
			platform: "node",
			format: "cjs",
			target: "node18",
			// Packages are bundled too: the command loads one file, and of date-fns only the functions it uses.
			minifySyntax: true,
			write: false,
			logLevel: "silent",
		});
		fs.mkdirSync(path.dirname(bundle), { recursive: true });
		// Write aside and rename, so a command started at the same moment never loads half a file.
		const temporary = `${bundle}.${process.pid}.tmp`;
		fs.writeFileSync(temporary, result.outputFiles[0].contents);
		fs.renameSync(temporary, bundle);
	};

	if (isStale()) {
		try {
			await build();
		} catch (error) {
			const message = error && Array.isArray(error.errors) && error.errors[0] ? error.errors[0].text : String(error && error.message);
			process.stderr.write(`intervisie: could not build the command: ${message}\n`);
			process.exitCode = 2;
			return;
		}
	}

	const load = createRequire(__filename);
	await load(bundle).main();
}

void start();
