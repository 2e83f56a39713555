import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import globals from "globals";

export default defineConfig([
	globalIgnores(["node_modules/", "main.js", "dist/", "demo-vault/", "screenshots/", "bench/results.json", "coverage/"]),
	...obsidianmd.configs.recommended,
	{
		languageOptions: {
			parserOptions: {
				projectService: {
					allowDefaultProject: ["eslint.config.mjs", "esbuild.config.mjs", "bin/*.cjs", "scripts/*.mjs"],
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
		files: ["src/cli/**", "tests/**", "scripts/**", "bin/**", "*.mjs", "vitest.config.ts"],
		languageOptions: { globals: { ...globals.node } },
		rules: {
			"import/no-nodejs-modules": "off",
			"obsidianmd/no-nodejs-modules": "off",
			"no-restricted-globals": "off",
			"obsidianmd/no-static-styles-assignment": "off",
			"obsidianmd/prefer-file-manager-trash-file": "off",
			"obsidianmd/ui/sentence-case": "off",
		},
	},
]);
