// Long texts that are plain data and only needed on demand (the method catalogue, the reflection models, the
// intake and evaluation texts, in two languages) are stored in main.js as deflated JSON and inflated with fflate
// on first use. In the plugin build this esbuild plugin replaces each module below with one that does that;
// source, tests and the command line import the TypeScript data itself.
import { basename, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { runInThisContext } from "node:vm";
import { deflateRawSync } from "node:zlib";

/** Each module exports one function, without parameters, that returns its data. */
export const COMPRESSED_DATA_MODULES = [
	{ file: resolve("src/core/methods/built-in-methods.ts"), name: "builtInMethodList" },
	{ file: resolve("src/core/reflection/published-models.ts"), name: "publishedReflectionModels" },
	{ file: resolve("src/core/templates/three-party-texts.ts"), name: "threePartyTexts" },
	{ file: resolve("src/core/bases/bases-labels.ts"), name: "basesLabels" },
	{ file: resolve("src/core/i18n/settings-strings.ts"), name: "settingsStrings" },
];

/**
 * Bundles a data module in memory and evaluates it in Node: its data, and the source files it was made of.
 * Fails when the data is not pure JSON, since that is the form it is stored in.
 */
export async function evaluateDataModule(esbuild, { file, name }) {
	const result = await esbuild.build({
		entryPoints: [file],
		bundle: true,
		format: "cjs",
		platform: "neutral",
		write: false,
		metafile: true,
		logLevel: "silent",
	});
	const module = { exports: {} };
	const noRequire = (id) => {
		throw new Error(`${file} must be plain data, but it requires "${id}"`);
	};
	const evaluate = runInThisContext(`(function (module, exports, require) {${result.outputFiles[0].text}\n})`, { filename: file });
	evaluate(module, module.exports, noRequire);
	const read = module.exports[name];
	if (typeof read !== "function") throw new Error(`${file} does not export ${name}()`);
	const data = read();
	if (!isDeepStrictEqual(JSON.parse(JSON.stringify(data) ?? "null"), data)) {
		throw new Error(`${name}() of ${file} is not pure JSON data: a function, undefined, a class instance or a non-finite number?`);
	}
	const watchFiles = Object.keys(result.metafile.inputs).map((input) => resolve(input));
	return { data, watchFiles };
}

/**
 * Printable ASCII without the quotes and the backslash: 91 characters that a string literal in main.js holds
 * as one byte each, so 13 bits take 2 characters (base64 needs 2.17).
 */
const ALPHABET = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i))
	.filter((c) => !"\"'\\`".includes(c))
	.join("");

/** Bytes as text in ALPHABET: each 13 bits, least significant first, as two characters. */
export function textFromBytes(bytes) {
	let text = "";
	let bits = 0;
	let count = 0;
	for (let i = 0; i < bytes.length || count > 0; ) {
		while (count < 13 && i < bytes.length) {
			bits |= bytes[i++] << count;
			count += 8;
		}
		const value = bits & 8191;
		bits >>>= 13;
		count = Math.max(0, count - 13);
		text += ALPHABET[value % 91] + ALPHABET[Math.floor(value / 91)];
	}
	return text;
}

/** The inverse of textFromBytes; its source is copied into main.js, so it uses nothing from outside. */
export function bytesFromText(text, length) {
	const out = new Uint8Array(length);
	const digit = (i) => {
		const c = text.charCodeAt(i);
		return c - 32 - (c > 34 ? 1 : 0) - (c > 39 ? 1 : 0) - (c > 92 ? 1 : 0) - (c > 96 ? 1 : 0);
	};
	let bits = 0;
	let count = 0;
	for (let i = 0, n = 0; n < length; i += 2) {
		bits |= (digit(i) + digit(i + 1) * 91) << count;
		count += 13;
		for (; count >= 8 && n < length; count -= 8) {
			out[n++] = bits & 255;
			bits >>>= 8;
		}
	}
	return out;
}

/** The module that replaces a data module: the data deflated, inflated once on the first call. */
export function compressedModuleSource(data, name) {
	const json = new TextEncoder().encode(JSON.stringify(data));
	const deflated = deflateRawSync(json, { level: 9 });
	return `import { inflate } from ${JSON.stringify(INFLATE_MODULE)};
const DEFLATED = ${JSON.stringify(textFromBytes(deflated))};
let data;
export function ${name}() {
	if (data === undefined) data = JSON.parse(new TextDecoder().decode(inflate(DEFLATED, ${deflated.length}, ${json.length})));
	return data;
}
`;
}

/** The module every replaced data module imports its inflate from: text to bytes, and those inflated. */
export const INFLATE_MODULE = "compressed-data:inflate";

/**
 * fflate's inflate (its browser build, only inflateSync), wrapped in a function: fflate builds its tables when its
 * module runs, and here that happens on the first inflate instead of each time main.js loads.
 */
export async function lazyInflateSource(esbuild, target = "es2021") {
	const result = await esbuild.build({
		stdin: { contents: 'import { inflateSync } from "fflate";\nfound(inflateSync);', resolveDir: dirname(fileURLToPath(import.meta.url)) },
		bundle: true,
		format: "iife",
		platform: "browser",
		target,
		write: false,
		logLevel: "silent",
	});
	return `let inflateSync;
export function inflate(text, length, size) {
	if (inflateSync === undefined) {
		const found = (f) => {
			inflateSync = f;
		};
${result.outputFiles[0].text}
	}
	return inflateSync(bytesFromText(text, length), { out: new Uint8Array(size) });
}
${bytesFromText.toString()}
`;
}

/** The esbuild plugin: stores each data module deflated in the bundle. */
export function compressedData(modules = COMPRESSED_DATA_MODULES) {
	const byFile = new Map(modules.map((m) => [m.file, m]));
	const names = modules.map((m) => basename(m.file).replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
	return {
		name: "compressed-data",
		setup(build) {
			build.onLoad({ filter: new RegExp(`(?:${names.join("|")})$`) }, async (args) => {
				const module = byFile.get(resolve(args.path));
				if (!module) return undefined;
				const { data, watchFiles } = await evaluateDataModule(build.esbuild, module);
				return { contents: compressedModuleSource(data, module.name), loader: "js", resolveDir: dirname(module.file), watchFiles };
			});
			build.onResolve({ filter: /^compressed-data:inflate$/ }, () => ({ path: "inflate", namespace: "compressed-data" }));
			build.onLoad({ filter: /.*/, namespace: "compressed-data" }, async () => {
				const target = build.initialOptions.target;
				return { contents: await lazyInflateSource(build.esbuild, typeof target === "string" ? target : undefined), loader: "js" };
			});
		},
	};
}
