import { PLAIN } from "./plain";
import { publishedReflectionModels } from "./published-models";
import type { ReflectionModel } from "./reflection-model";

export const DEFAULT_REFLECTION_ID = PLAIN.id;

let models: readonly ReflectionModel[] | undefined;

/** The reflection models a report can follow; the plain report comes first. */
export function reflectionModels(): readonly ReflectionModel[] {
	models ??= [PLAIN, ...publishedReflectionModels()];
	return models;
}

/** The model with this id; an unknown id (an old or hand-edited setting) gives the plain report. */
export function reflectionModel(id: string | null | undefined): ReflectionModel {
	if (id === PLAIN.id) return PLAIN;
	return reflectionModels().find((m) => m.id === id) ?? PLAIN;
}
