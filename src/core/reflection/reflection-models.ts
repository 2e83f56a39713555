import { ALACT } from "./alact";
import { GIBBS } from "./gibbs";
import { KOLB } from "./kolb";
import { ONION } from "./onion";
import { PLAIN } from "./plain";
import type { ReflectionModel } from "./reflection-model";
import { STARRT } from "./starrt";

export const DEFAULT_REFLECTION_ID = PLAIN.id;

/** The reflection models a report can follow; the plain report comes first. */
const MODELS: readonly ReflectionModel[] = [PLAIN, ALACT, GIBBS, STARRT, ONION, KOLB];

export function reflectionModels(): readonly ReflectionModel[] {
	return MODELS;
}

/** The model with this id; an unknown id (an old or hand-edited setting) gives the plain report. */
export function reflectionModel(id: string | null | undefined): ReflectionModel {
	return MODELS.find((m) => m.id === id) ?? PLAIN;
}
