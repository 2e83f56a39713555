import { patternRules } from "./question-rule";

/** A solution with a question mark: "Heb je al overwogen om …?", "Why don't you just …?". */
export const ADVICE_RULES = [
	...patternRules("advice", "suggestion", [
		// Dutch
		"heb|hebt|had je|jij ~ overwogen|geprobeerd|probeert",
		"heb|hebt|had je|jij ~ aan gedacht",
		"heb|hebt|had je|jij ~ gedacht aan|over",
		"kun|kan|kunt|zou|moet|moest|wil|wilt|ga|zal je|jij|u ~ niet",
		"wat nou? als je|jij|u|jullie|we",
		"en als je|jij|u ~ gewoon",
		"hoe zou het zijn als|om",
		"stel dat|nou ~ gewoon",
		"is|zou|was|wordt|lijkt het niet|geen ~ idee|optie|handig*|beter|slim*|verstandig*|makkelijk*|goed|tijd",
		"is|zou|was het ~ idee|optie|handig*|beter|slim*|verstandig*|makkelijk* ~ om|als",
		"zou|kan het helpen|werken als|om",
		"waarom ~ je|jij|u ~ niet",
		"misschien kun|kan|kunt|moet|moeten|zou|zal|moet je|jij|u|jullie",
		"misschien is het ~ idee|optie|handig*|beter|slim*|verstandig*",
		"je|jij|u zou|kunt|kan|moet|moest",
		"wat denk|vind je|jij ervan|daarvan om|als",
		"wat denk|vind je|jij van ~ idee",
		"wat denk|vind je|jij ~ idee om",
		// English
		"have|did|had you|u ~ considered|consider|thought|tried|try",
		"cant|couldnt|wont|cannot you|u",
		"why dont|not|wont",
		"what if you|u|we|i",
		"what|how about *ing",
		"how about you|we|if|a|an|the|asking|telling",
		"would|wouldnt|isnt|is|was|wasnt|might|could it ~ better|idea|easier|wise|wiser|smarter|smart|good|helpful|option|worth|simpler|useful ~ to|if",
		"would|wouldnt|could|might|does it help|work to|if",
		"shouldnt|oughtnt you|u",
		"maybe|perhaps you|u|we ~ could|should|can|might|try",
		"maybe|perhaps try|ask|talk|tell",
		"you|u could|can|should|might|ought",
	]),
];

/** Checked after the polite invitations, so "Could you tell us more" stays open. */
export const LATE_ADVICE_RULES = patternRules("advice", "suggestion", ["could you|u", "zou je|jij|u kunnen"]);
