import type { Localized } from "../methods/method";

/** One part of a written reflection: a heading in the report and a question that says what to write. */
export interface ReflectionSection {
	heading: Localized;
	prompt: Localized;
}

/** A set of prompts for the reflective part of a session report, after a known reflection model. */
export interface ReflectionModel {
	/** Stable id, written to a report's `reflection` property. */
	id: string;
	name: Localized;
	description: Localized;
	sections: readonly ReflectionSection[];
}
