import { ALACT } from "./alact";
import { GIBBS } from "./gibbs";
import { KOLB } from "./kolb";
import { ONION } from "./onion";
import type { ReflectionModel } from "./reflection-model";
import { STARRT } from "./starrt";

const PUBLISHED: readonly ReflectionModel[] = [ALACT, GIBBS, STARRT, ONION, KOLB];

/**
 * The published reflection models as plain data. Only `reflection-models.ts` calls this: the plugin build
 * stores the list deflated in main.js and inflates it on the first call (scripts/compressed-data.mjs), so it
 * must stay pure JSON data, and nothing else may import the model files.
 */
export function publishedReflectionModels(): readonly ReflectionModel[] {
	return PUBLISHED;
}
