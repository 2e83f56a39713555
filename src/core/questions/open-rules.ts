import { patternRules } from "./question-rule";

/** A polite request to tell more: "Kun je daar een voorbeeld van geven?", "Could you describe …?". */
export const INVITATION_RULES = patternRules("open", "invitation", [
	"kun|kan|kunt|zou|wil|wilt|mag|vertel|could|can|would|will|please|do you|u|jij|je|me|us|ons ~ vertellen|uitleggen|beschrijven|toelichten|schetsen|verwoorden|uitweiden|voorbeeld|describe|explain|elaborate|expand|clarify|sketch|example|share",
	"kun|kan|kunt|zou|wil|wilt|could|can|would|will you|u|jij|je ~ iets|meer|wat|more|something ~ zeggen|delen|vertellen|say|tell|share",
	"could|can|would|will you|u ~ tell|walk us|me|more",
	"would you like to ~ say|tell|share|describe|explain",
	"vertel|tell|describe|explain|beschrijf",
]);

/** An exploring "why" about one's own experience; the judging ones are caught before. */
export const WHY_RULES = patternRules("open", "exploring-why", ["waarom|why|hoezo"]);

/** Question words that leave the answer to the case-bringer. */
export const OPEN_WORD_RULES = patternRules("open", "open-word", [
	"wat|welke|welk|hoe|waardoor|waarvoor|waaraan|waarover|waarin|waarmee|waarop|waarvan|waar",
	"in hoeverre",
	"op|in welke manier|wijze",
	"what|whats|how|hows|which|where",
	"in|to what|which way|extent|sense",
]);
