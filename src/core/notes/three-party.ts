import { newThreePartyProperties } from "../schema/three-party-properties";
import type { NoteKind } from "../schema/kinds";
import type { RatedGoal } from "./build-report";
import type { Section } from "./markdown-sections";
import { renderSections } from "./markdown-sections";
import type { CreationContext, NoteDraft } from "./note-draft";
import { wikilink } from "./note-draft";

/** What an intake and a final evaluation record: the conversation of participant, manager and facilitator. */
export interface ThreePartyInput {
	date: string;
	/** Link text of the trajectory. */
	trajectory: string | null;
	participant: string | null;
	manager: string | null;
	facilitator: string | null;
	/** Intake: the baseline per goal; evaluation: the final rating per goal. */
	goals: readonly RatedGoal[];
}

/** The parts that differ between the two notes: kind, file name and body sections. */
export interface ThreePartyShape {
	kind: Extract<NoteKind, "intake" | "evaluation">;
	fileName: string;
	/** One `### [[Goal]]` section per goal with this prompt. */
	goalPrompt: string;
	before: readonly Section[];
	/** Heading over the goal sections, with `noGoals` as its text when there are none. */
	goals: { heading: string; noGoals: string };
	after: readonly Section[];
}

/** File names start with the date, so they sort by time, and name the participant, as a facilitator holds one per member. */
export function threePartyBaseName(input: Pick<ThreePartyInput, "date" | "participant">, fileName: string): string {
	return [input.date, fileName, input.participant?.trim() ?? ""].filter((part) => part !== "").join(" ");
}

export function buildThreeParty(input: ThreePartyInput, context: CreationContext, shape: ThreePartyShape): NoteDraft {
	const goalSections: Section[] = input.goals.map((g) => ({ heading: wikilink(g.link), level: 3, prompt: shape.goalPrompt }));
	const sections: Section[] = [...shape.before, { heading: shape.goals.heading, content: input.goals.length ? "" : shape.goals.noGoals }, ...goalSections, ...shape.after];
	const trajectory = input.trajectory ? wikilink(input.trajectory) : null;
	return {
		kind: shape.kind,
		baseName: threePartyBaseName(input, shape.fileName),
		frontmatter: newThreePartyProperties(shape.kind, input, context),
		body: renderSections(sections),
		placeholders: {
			date: input.date,
			trajectory: trajectory ?? "",
			participant: input.participant ?? "",
			manager: input.manager ?? "",
			facilitator: input.facilitator ?? "",
			"goal-sections": renderSections(goalSections),
		},
	};
}
