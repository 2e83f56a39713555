import esbuild from "esbuild";
import fc from "fast-check";
import { join } from "node:path";
import { runInThisContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { clearInflateMarks, inflatesMarked, markInflates } from "../harness/mark-inflates";
import { bytesFromText, COMPRESSED_DATA_MODULES, compressedData, evaluateDataModule, textFromBytes } from "../../scripts/compressed-data.mjs";
import type { DataModule } from "../../scripts/compressed-data.mjs";
import { builtInMethods } from "../../src/core/methods/catalogue";
import { publishedReflectionModels } from "../../src/core/reflection/published-models";
import { threePartyTexts } from "../../src/core/templates/three-party-texts";
import { basesLabels } from "../../src/core/bases/bases-labels";
import { settingsStrings } from "../../src/core/i18n/settings-strings";

const FIXTURES = join(__dirname, "../fixtures/compressed-data");

interface Bundled {
	read: () => unknown;
	/** Typed arrays of 16-bit numbers made while the module loaded: fflate builds its tables with them. */
	tablesAtLoad: number;
}

/** The module as the plugin build makes it (minified, inflates marked), evaluated in this process. */
async function bundled(module: DataModule): Promise<Bundled> {
	const result = await esbuild.build({
		entryPoints: [module.file],
		bundle: true,
		format: "cjs",
		platform: "browser",
		target: "es2021",
		minify: true,
		write: false,
		plugins: [markInflates, compressedData([module])],
		logLevel: "silent",
	});
	const loaded: { exports: Record<string, unknown> } = { exports: {} };
	const evaluate = runInThisContext(`(function (module, exports, require) {${result.outputFiles[0]!.text}\n})`) as (
		module: unknown,
		exports: unknown,
		require: (id: string) => unknown,
	) => void;
	const made = countUint16Arrays(() =>
		evaluate(loaded, loaded.exports, (id) => {
			throw new Error(`unexpected require("${id}")`);
		}),
	);
	const read = loaded.exports[module.name];
	if (typeof read !== "function") throw new Error(`${module.name} is not exported`);
	return { read: read as () => unknown, tablesAtLoad: made };
}

function countUint16Arrays(run: () => void): number {
	const Original = globalThis.Uint16Array;
	let made = 0;
	globalThis.Uint16Array = class extends Original {
		constructor(...args: ConstructorParameters<typeof Uint16Array>) {
			super(...args);
			made++;
		}
	};
	try {
		run();
	} finally {
		globalThis.Uint16Array = Original;
	}
	return made;
}

function moduleNamed(name: string): DataModule {
	const module = COMPRESSED_DATA_MODULES.find((m) => m.name === name);
	if (!module) throw new Error(`${name} is not stored compressed`);
	return module;
}

describe("data stored deflated in main.js", () => {
	const SOURCES: Record<string, () => unknown> = {
		builtInMethodList: builtInMethods,
		publishedReflectionModels,
		threePartyTexts,
		basesLabels,
		settingsStrings,
	};

	it("covers the method catalogue, the reflection models, the intake and evaluation texts, the Bases labels and the settings tab's words", () => {
		expect(COMPRESSED_DATA_MODULES.map((m) => m.name).sort()).toEqual(Object.keys(SOURCES).sort());
	});

	it.each(Object.keys(SOURCES))("%s unpacks to exactly the source's data, in both languages", async (name) => {
		const module = await bundled(moduleNamed(name));
		expect(module.read()).toStrictEqual(SOURCES[name]!());
	});

	it("unpacks the methods on the first call only, never at load", async () => {
		clearInflateMarks();
		const module = await bundled(moduleNamed("builtInMethodList"));
		expect(inflatesMarked()).toBe(0);
		const first = module.read();
		expect(inflatesMarked()).toBe(1);
		expect(module.read()).toBe(first);
		expect(inflatesMarked()).toBe(1);
	});

	it("leaves fflate's tables unbuilt until the first inflate", async () => {
		const module = await bundled(moduleNamed("threePartyTexts"));
		expect(module.tablesAtLoad).toBe(0);
		expect(countUint16Arrays(() => module.read())).toBeGreaterThan(0);
	});

	it("keeps the methods' texts out of the bundle's plain text", async () => {
		const result = await esbuild.build({
			entryPoints: [moduleNamed("builtInMethodList").file],
			bundle: true,
			write: false,
			plugins: [compressedData([moduleNamed("builtInMethodList")])],
			logLevel: "silent",
		});
		const code = result.outputFiles[0]!.text;
		for (const method of builtInMethods()) {
			expect(code).not.toContain(method.name.en);
			expect(code).not.toContain(method.steps[0]!.purpose.nl);
		}
	});

	it("fails the build loudly when a module is not pure JSON data", async () => {
		await expect(evaluateDataModule(esbuild, { file: join(FIXTURES, "with-function.ts"), name: "withFunction" })).rejects.toThrow(/not pure JSON data/);
		await expect(evaluateDataModule(esbuild, { file: join(FIXTURES, "with-undefined.ts"), name: "withUndefined" })).rejects.toThrow(/not pure JSON data/);
		await expect(evaluateDataModule(esbuild, { file: join(FIXTURES, "with-function.ts"), name: "absent" })).rejects.toThrow(/does not export absent/);
	});

	it("reports the method files as the inputs to watch", async () => {
		const { watchFiles } = await evaluateDataModule(esbuild, moduleNamed("builtInMethodList"));
		expect(watchFiles).toEqual(expect.arrayContaining([expect.stringMatching(/[\\/]methods[\\/]balint\.ts$/), expect.stringMatching(/[\\/]methods[\\/]six-phase\.ts$/)]));
	});
});

describe("bytes as text in a string literal", () => {
	it("round-trips any bytes", () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
				const text = textFromBytes(bytes);
				expect(Array.from(bytesFromText(text, bytes.length))).toEqual(Array.from(bytes));
			}),
		);
	});

	it("uses printable ASCII without quotes or backslashes, two characters for each 13 bits", () => {
		const bytes = Uint8Array.from({ length: 1300 }, (_, i) => (i * 97 + 13) % 256);
		const text = textFromBytes(bytes);
		expect(text).toMatch(/^[ -~]*$/);
		expect(text).not.toMatch(/["'`\\]/);
		expect(text.length).toBe(2 * Math.ceil((1300 * 8) / 13));
	});
});
