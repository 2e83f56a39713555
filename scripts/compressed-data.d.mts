import type { Plugin, PluginBuild } from "esbuild";

export interface DataModule {
	/** Absolute path of the TypeScript module. */
	file: string;
	/** Its one export: a function without parameters that returns the data. */
	name: string;
}

export const COMPRESSED_DATA_MODULES: readonly DataModule[];
export function evaluateDataModule(esbuild: PluginBuild["esbuild"], module: DataModule): Promise<{ data: unknown; watchFiles: string[] }>;
export function textFromBytes(bytes: Uint8Array): string;
export function bytesFromText(text: string, length: number): Uint8Array;
export function compressedModuleSource(data: unknown, name: string): string;
export const INFLATE_MODULE: string;
export function lazyInflateSource(esbuild: PluginBuild["esbuild"], target?: string): Promise<string>;
export function compressedData(modules?: readonly DataModule[]): Plugin;
