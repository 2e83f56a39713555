import { PLAIN } from "../reflection/plain";
import { reflectionModel } from "../reflection/reflection-models";
import { bodySections, sameHeading } from "./body-sections";
import { plainText, withoutTasksAndComments } from "./text-blocks";

/** Per reflection model, the English heading of the part that says what the writer learned. */
const LEARNING_PART: Readonly<Record<string, string>> = {
	plain: "What I learned about myself",
	alact: "Essential aspects",
	gibbs: "Conclusion",
	starrt: "Reflection",
	onion: "Core qualities",
	kolb: "Abstract conceptualisation",
};

/**
 * What a report says its writer learned: the text under *What I learned about myself* / *Wat ik over mezelf
 * leerde*, or under the learning part of the report's reflection model (Gibbs' *Conclusion*, Kolb's
 * *Abstract conceptualisation* …), in Dutch or English, without comments and tasks. "" when the report has no
 * such text yet (only the writing prompt, which is a comment).
 */
export function insightText(body: string, reflection: string | null): string {
	const model = reflectionModel(reflection);
	const part = model.sections.find((s) => s.heading.en === LEARNING_PART[model.id]);
	const plain = PLAIN.sections.find((s) => s.heading.en === LEARNING_PART.plain);
	const headings = [part, plain].flatMap((s) => (s ? [s.heading.en, s.heading.nl] : []));
	const section = bodySections(body).find((s) => headings.some((h) => sameHeading(s.heading, h)));
	if (!section) return "";
	// Only text counts: a section that holds nothing but its prompt or its tasks gives no insight.
	return plainText(section.content) === "" ? "" : withoutTasksAndComments(section.content);
}
