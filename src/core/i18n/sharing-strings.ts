import { GLOSSARY } from "./glossary";
import type { Language } from "./language";

const EN = GLOSSARY.en;
const NL = GLOSSARY.nl;

/** Every text of sharing with the group, in sentence case. */
const en = {
	commands: { share: "Share with group", withdraw: "Withdraw shared copy", makePrivate: "Make selection private" },
	calloutTitle: "Private",
	privateLabel: "private note",
	openNote: "Open the note you want to share first.",
	isCopy: "This is a shared copy. Share the note it came from instead.",
	isPrivate: "This note is private (private: true, or a #private tag), so it is never shared.",
	unreadable: "The properties of this note cannot be read, so it is not shared: they might mark it private. Fix them first.",
	noTrajectory: "Sharing needs a trajectory with your group. Create one first.",
	chooseTrajectory: "Share with which group?",
	title: (note: string) => `Share "${note}" with the group`,
	target: (path: string) => `The shareable version goes to ${path}.`,
	update: (path: string) => `This updates your earlier shared copy, ${path}.`,
	rename: (path: string) => `The copy is renamed to ${path}, as the note was.`,
	addsId: "An id is added to this note, so sharing it again finds its copy.",
	leftOutHeading: "Left out of the shared copy",
	nothingLeftOut: "Nothing is left out: the note has no private parts.",
	what: {
		callout: "Private box",
		comment: "Comment",
		embed: "Embedded private note",
		link: "Link to a private note (shown as “private note”)",
		property: "Property",
		section: "Section about a private note",
	},
	copyHeading: "The shared copy",
	leftOutMark: (what: string) => `${what} left out`,
	share: "Share",
	withdraw: "Withdraw copy",
	cancel: EN.cancel,
	shared: (path: string, left: number) => (left === 0 ? `Shared as ${path}.` : `Shared as ${path}; ${left} private ${left === 1 ? "part" : "parts"} left out.`),
	withdrawn: (path: string) => `Withdrew the shared copy ${path}.`,
	noCopy: "This note has no shared copy in your group folder.",
	needName: "Fill in your name in the settings first: it names your folder in the group.",
	failed: (reason: string) => `Could not share: ${reason}`,
};

export type SharingStrings = typeof en;

const nl: SharingStrings = {
	commands: { share: "Delen met de groep", withdraw: "Gedeelde kopie intrekken", makePrivate: "Selectie privé maken" },
	calloutTitle: "Privé",
	privateLabel: "privénotitie",
	openNote: "Open eerst de notitie die je wilt delen.",
	isCopy: "Dit is een gedeelde kopie. Deel de notitie waar die van komt.",
	isPrivate: "Deze notitie is privé (private: true, of de tag #private) en wordt nooit gedeeld.",
	unreadable: "De eigenschappen van deze notitie zijn onleesbaar, dus wordt ze niet gedeeld: ze kunnen haar privé maken. Herstel ze eerst.",
	noTrajectory: "Delen kan binnen een traject met je groep. Maak eerst een traject.",
	chooseTrajectory: "Met welke groep wil je delen?",
	title: (note) => `„${note}” delen met de groep`,
	target: (path) => `De deelbare versie komt in ${path}.`,
	update: (path) => `Dit werkt je eerder gedeelde kopie bij: ${path}.`,
	rename: (path) => `De kopie krijgt de nieuwe naam van de notitie: ${path}.`,
	addsId: "Deze notitie krijgt een id, zodat opnieuw delen de kopie terugvindt.",
	leftOutHeading: "Blijft buiten de gedeelde kopie",
	nothingLeftOut: "Er blijft niets buiten: de notitie heeft geen privédelen.",
	what: {
		callout: "Privéblok",
		comment: "Commentaar",
		embed: "Ingesloten privénotitie",
		link: "Link naar een privénotitie (wordt „privénotitie”)",
		property: "Eigenschap",
		section: "Deel over een privénotitie",
	},
	copyHeading: "De gedeelde kopie",
	leftOutMark: (what) => `${what} weggelaten`,
	share: "Delen",
	withdraw: "Kopie intrekken",
	cancel: NL.cancel,
	shared: (path, left) => (left === 0 ? `Gedeeld als ${path}.` : `Gedeeld als ${path}; ${left} privé${left === 1 ? "deel" : "delen"} weggelaten.`),
	withdrawn: (path) => `De gedeelde kopie ${path} is ingetrokken.`,
	noCopy: "Deze notitie heeft geen gedeelde kopie in je groepsmap.",
	needName: "Vul eerst je naam in bij de instellingen: die is de naam van jouw map in de groep.",
	failed: (reason) => `Delen lukte niet: ${reason}`,
};

export const SHARING_STRINGS: Readonly<Record<Language, SharingStrings>> = { en, nl };
