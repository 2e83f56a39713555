import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import globals from "globals";
import { builtinModules } from "node:module";

const CORE_PATHS = [{ name: "obsidian", message: "src/core is pure: the Obsidian adapter lives in src/plugin." }, ...builtinModules.map((name) => ({ name, message: "src/core runs on phones too: no Node built-ins." }))];
const CORE_PATTERNS = [
	{ group: ["node:*"], message: "src/core runs on phones too: no Node built-ins." },
	{ group: ["**/plugin/**", "**/cli/**", "../plugin", "../cli", "../../plugin", "../../cli"], message: "src/core knows no layer above it." },
];

export default defineConfig([
	globalIgnores(["node_modules/", "main.js", "dist/", "demo-vault/", "demo-vault.previous/", "screenshots/", "bench/results.json", "coverage/"]),
	...obsidianmd.configs.recommended,
	{
		languageOptions: {
			parserOptions: {
				projectService: {
					allowDefaultProject: ["eslint.config.mjs", "esbuild.config.mjs", "version-bump.mjs", "bin/*.cjs", "scripts/*.mjs"],
				},
				tsconfigRootDir: import.meta.dirname,
			},
		},
		rules: {
			// The declarative settings API needs Obsidian 1.13; the plugin supports 1.8.7 and up (manifest minAppVersion).
			"obsidianmd/settings-tab/prefer-setting-definitions": "off",
		},
	},
	{
		// Node programs around the plugin: the command-line tool, build, tests, scripts.
		files: ["src/cli/**", "tests/**", "scripts/**", "bin/**", "*.mjs", "vitest.config.mts"],
		languageOptions: { globals: { ...globals.node } },
		rules: {
			"import/no-nodejs-modules": "off",
			"obsidianmd/no-nodejs-modules": "off",
			"no-restricted-globals": "off",
			"obsidianmd/no-static-styles-assignment": "off",
			"obsidianmd/prefer-file-manager-trash-file": "off",
			"obsidianmd/ui/sentence-case": "off",
			// These run in Node (tests, the fake, the command line), not in an Obsidian window.
			"obsidianmd/prefer-window-timers": "off",
			"obsidianmd/no-global-this": "off",
			"obsidianmd/hardcoded-config-path": "off",
		},
	},
	{
		// The core is pure TypeScript: it runs in Obsidian, on a phone, in Node and in tests alike, and knows no layer above it.
		files: ["src/core/**"],
		rules: { "no-restricted-imports": ["error", { paths: CORE_PATHS, patterns: CORE_PATTERNS }] },
	},
	{
		// The words sit below every feature: features import their strings, never the other way round. Only the
		// calendar (src/core/dates) lies lower.
		files: ["src/core/i18n/**"],
		rules: {
			"no-restricted-imports": [
				"error",
				{
					paths: CORE_PATHS,
					patterns: [...CORE_PATTERNS, { group: ["../*", "!../dates", "!../dates/*"], message: "src/core/i18n imports no feature: give the strings plain parameters and let the feature pick the text." }],
				},
			],
		},
	},
	{
		// The fake is where Obsidian's createEl itself is implemented, on top of the plain DOM.
		files: ["tests/harness/dom.ts"],
		rules: { "obsidianmd/prefer-create-el": "off" },
	},
	{
		// js-yaml is the parser gray-matter itself brings; the command-line tool hands it the core schema so its
		// values match Obsidian's. It never reaches main.js.
		files: ["package.json"],
		rules: {
			"depend/ban-dependencies": ["error", { presets: ["native", "microutilities", "preferred"], allowed: ["js-yaml"] }],
		},
	},
]);
