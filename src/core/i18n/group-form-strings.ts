import { capital, GLOSSARY } from "./glossary";
import type { Language } from "./language";

const EN = GLOSSARY.en;
const NL = GLOSSARY.nl;

/** The forms for a new trajectory and a new session: the group and its roles. In sentence case. */
const en = {
	trajectory: {
		title: "New trajectory",
		name: "Name",
		namePlaceholder: "Intervisie team leads 2026",
		start: "Start",
		end: "End",
		members: "Members",
		membersDesc: "Names separated by commas.",
		facilitator: capital(EN.facilitator.one),
		facilitatorDesc: `A member, or an outside ${EN.facilitator.one}.`,
		sessionsPlanned: "Sessions planned",
		scaleMin: "Lowest rating",
		scaleMax: "Highest rating",
		create: "Create trajectory",
	},
	session: {
		title: "New session",
		number: "Number",
		status: "Status",
		statuses: { planned: "Planned", held: "Held", cancelled: "Cancelled", moved: "Moved" },
		caseBringers: "Case-bringers",
		caseBringersDesc: "Who brings a case; a long session can hold two. Names separated by commas.",
		facilitator: capital(EN.chair.one),
		facilitatorDesc: `Leads the ${EN.session.one}; never the ${EN.caseBringer.one}.`,
		noteTaker: "Note-taker",
		noteTakerDesc: "Takes notes for the group.",
		theme: "Theme",
		themePlaceholder: "Asking good questions",
		attendance: "Present",
		attendanceDesc: "Names separated by commas.",
		create: "Create session",
		facilitatorIsCaseBringer: `The ${EN.chair.one} cannot also bring the ${EN.case.one}: choose someone else to lead.`,
	},
};

export type GroupFormStrings = typeof en;

const nl: GroupFormStrings = {
	trajectory: {
		title: "Nieuw traject",
		name: "Naam",
		namePlaceholder: "Intervisie teamleiders 2026",
		start: "Begin",
		end: "Einde",
		members: "Deelnemers",
		membersDesc: "Namen gescheiden door komma's.",
		facilitator: capital(NL.facilitator.one),
		facilitatorDesc: `Een deelnemer, of een ${NL.facilitator.one} van buiten.`,
		sessionsPlanned: "Geplande bijeenkomsten",
		scaleMin: "Laagste cijfer",
		scaleMax: "Hoogste cijfer",
		create: "Traject maken",
	},
	session: {
		title: "Nieuwe bijeenkomst",
		number: "Nummer",
		status: "Status",
		statuses: { planned: "Gepland", held: "Gehouden", cancelled: "Afgelast", moved: "Verplaatst" },
		caseBringers: "Inbrengers",
		caseBringersDesc: "Wie een casus inbrengt; in een lange bijeenkomst kunnen dat er twee zijn. Namen gescheiden door komma's.",
		facilitator: capital(NL.chair.one),
		facilitatorDesc: `Leidt de ${NL.session.one}; nooit de ${NL.caseBringer.one}.`,
		noteTaker: "Verslaglegger",
		noteTakerDesc: "Maakt de aantekeningen voor de groep.",
		theme: "Thema",
		themePlaceholder: "Goede vragen stellen",
		attendance: "Aanwezig",
		attendanceDesc: "Namen gescheiden door komma's.",
		create: "Bijeenkomst maken",
		facilitatorIsCaseBringer: `De ${NL.chair.one} kan niet ook de ${NL.case.one} inbrengen: kies iemand anders om te leiden.`,
	},
};

export const GROUP_FORM_STRINGS: Readonly<Record<Language, GroupFormStrings>> = { nl, en };
