import { wordPattern } from "./word-pattern";

/** Words a note-taker types before the question itself; they say nothing about its kind. */
export const LEAD_INS = [
	"mag|kan ik ~ vragen",
	"ik ben benieuwd|nieuwsgierig",
	"ik vraag me af",
	"vraag van *",
	"vraag",
	"en|dus|maar|oké|oke|ok|nou",
	"can|could|may i ask",
	"im curious|wondering",
	"just curious",
	"i wonder|wondered",
	"i was wondering",
	"question from *",
	"and|so|but|okay|ok|well",
].map((source) => wordPattern(source));

/** Words that are never a name before a question. */
export const FUNCTION_WORDS = new Set([
	"ik", "je", "jij", "u", "hij", "zij", "ze", "het", "dat", "dit", "we", "wij", "jullie", "de", "een", "en", "dus", "maar", "toen", "als",
	"wat", "hoe", "welke", "waarom", "wie", "waar", "wanneer", "heb", "hebt", "ben", "is", "was", "kun", "kan", "zou", "wil", "moet", "dank",
	"i", "you", "he", "she", "they", "it", "that", "this", "we", "the", "a", "and", "so", "but", "when", "if", "what", "how", "which", "why",
	"who", "where", "do", "does", "did", "have", "has", "are", "were", "can", "could", "would", "should", "thanks", "thank",
]);
