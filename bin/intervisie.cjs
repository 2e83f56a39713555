#!/usr/bin/env node
"use strict";

// `npm ci` does not build, so the command bundles its TypeScript on first use and again whenever a
// source file it was built from is newer than the bundle (or gone). dist/ is git-ignored.
async function start() {
	const fs = await import("node:fs");
	const path = await import("node:path");
	const { createRequire } = await import("node:module");

	const root = path.join(__dirname, "..");
	const source = path.join(root, "src");
	const bundle = path.join(root, "dist", "cli.cjs");
	// The source files the bundle was built from, written beside it: only these can make it stale, and a new
	// file counts once an old one imports it.
	const inputs = path.join(root, "dist", "cli.inputs.json");

	const isStale = () => {
		const built = fs.statSync(bundle, { throwIfNoEntry: false });
		if (!built) return true;
		if (!fs.existsSync(source)) return false;
		let files;
		try {
			files = JSON.parse(fs.readFileSync(inputs, "utf8"));
		} catch {
			return true;
		}
		if (!Array.isArray(files) || files.length === 0) return true;
		for (const file of files) {
			const info = typeof file === "string" ? fs.statSync(path.join(root, file), { throwIfNoEntry: false }) : undefined;
			if (!info || info.mtimeMs > built.mtimeMs) return true;
		}
		return false;
	};

	// js-yaml's !!js/function type loads a whole JavaScript parser when the package loads; the core schema the
	// command reads with never uses it, so it is built as a type that matches nothing.
	const withoutJavaScriptTypes = {
		name: "yaml-without-javascript-types",
		setup(build) {
			build.onLoad({ filter: /js-yaml[\\/]lib[\\/]js-yaml[\\/]type[\\/]js[\\/]function\.js$/ }, (args) => ({
				contents: "var Type = require('../../type');\nmodule.exports = new Type('tag:yaml.org,2002:js/function', { kind: 'scalar', resolve: function () { return false; } });\n",
				resolveDir: path.dirname(args.path),
				loader: "js",
			}));
		},
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
		const result = await esbuild.build({
			entryPoints: [path.join(source, "cli", "main.ts")],
			bundle: true,
			platform: "node",
			format: "cjs",
			target: "node18",
			// Packages are bundled too: the command loads one file, and of date-fns only the functions it uses.
			minifySyntax: true,
			absWorkingDir: root,
			plugins: [withoutJavaScriptTypes],
			metafile: true,
			write: false,
			logLevel: "silent",
		});
		fs.mkdirSync(path.dirname(bundle), { recursive: true });
		// Write aside and rename, so a command started at the same moment never loads half a file.
		const writeAside = (file, contents) => {
			const temporary = `${file}.${process.pid}.tmp`;
			fs.writeFileSync(temporary, contents);
			fs.renameSync(temporary, file);
		};
		const sources = Object.keys(result.metafile.inputs).filter((file) => file.startsWith("src/"));
		writeAside(bundle, result.outputFiles[0].contents);
		writeAside(inputs, JSON.stringify(sources));
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
