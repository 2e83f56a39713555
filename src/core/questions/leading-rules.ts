import { patternRules, type QuestionRule } from "./question-rule";
import { matchPattern, wordPattern } from "./word-pattern";

/** A "why" that blames, and "don't you think": checked before the advice, since they can look like it. */
export const EARLY_LEADING_RULES = [
	...patternRules("leading", "judging-why", [
		"waarom ~ toch|steeds|altijd|nooit|telkens|vredesnaam|überhaupt|uberhaupt",
		"waarom heb|had|ben|was|deed|zei je|jij|u ~ niet",
		"why ~ keep|always|never|earth|even|still",
		"why didnt|hadnt|wasnt|werent|havent|couldnt you|u",
	]),
	...patternRules("leading", "opinion", [
		"dont|wouldnt|doesnt|didnt you|u ~ think|agree|say|feel|believe|find|reckon",
	]),
];

/** The asker's view or interpretation dressed as a question. */
export const LEADING_RULES = [
	...patternRules("leading", "opinion", [
		// Dutch
		"vind|vindt|denk|denkt|voel|voelt|geloof|gelooft je|jij|u ~ niet",
		"ben je|jij|u het ~ eens",
		"is|was het ~ niet",
		"zou|kan het ~ kunnen|zijn dat",
		// English
		"surely",
		"isnt|arent|wasnt|werent|dont|doesnt|didnt|havent|hasnt",
		"could|couldnt|can|might it be that",
		"you|u must have|be",
	]),
	...patternRules("leading", "opinion", ["surely"], "anywhere"),
	...tagRules([
		"isnt|arent|wasnt|werent|dont|didnt|doesnt|wouldnt|hasnt|havent it|that|you|he|she|they|we",
		"is|was it|that",
		"right|toch|hè|niet waar|of niet soms",
	]),
];

/** "Je bent toch …?": checked after the question words, so "Wat wil je toch bereiken?" stays open. */
export const LATE_LEADING_RULES = patternRules("leading", "opinion", ["toch"], "anywhere");

/** "…, isn't it?", "…, right?", "…, toch?": a tag after a comma asks the case-bringer to agree. */
function tagRules(sources: readonly string[]): QuestionRule[] {
	return sources.map((source) => {
		const pattern = wordPattern(source, "end");
		return {
			kind: "leading",
			reason: "agreement",
			find: (words, text) => {
				const found = matchPattern(pattern, words);
				const before = found && words[found[0] - 1];
				const tag = found && words[found[0]];
				return before && tag && text.slice(before.end, tag.start).includes(",") ? found : null;
			},
		};
	});
}
