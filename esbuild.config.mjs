import esbuild from "esbuild";
import { copyFileSync } from "node:fs";
import process from "node:process";
import { compressedData } from "./scripts/compressed-data.mjs";

const production = process.argv[2] === "production";

const context = await esbuild.context({
	entryPoints: ["src/main.ts"],
	bundle: true,
	external: ["obsidian", "electron", "@codemirror/*", "@lezer/*"],
	format: "cjs",
	target: "es2021",
	platform: "browser",
	logLevel: "info",
	sourcemap: production ? false : "inline",
	treeShaking: true,
	minify: production,
	outfile: "main.js",
	plugins: [
		compressedData(),
		{
			name: "copy-styles",
			setup(build) {
				build.onEnd(() => copyFileSync("styles/styles.css", "styles.css"));
			},
		},
	],
});

if (production) {
	await context.rebuild();
	await context.dispose();
} else {
	await context.watch();
}
