import type { PlainNoteStep } from "./demo-story";

/**
 * What the five other members of Sanne's group put into the shared group folder, as it arrives by sync:
 * the shareable versions of their learning goals and session reports. Each copy is an ordinary note of the
 * schema with `shared: true` and the day it was shared; private parts were already left out when sharing.
 *
 * Not everyone shares everything: Mark shared no report of session 3, Pieter shared one goal and missed
 * session 2, Aylin missed session 3.
 */

const TRAJECTORY = "Intervisie teamleiders 2026";
const GROUP_FOLDER = `Intervisie/Groepen/${TRAJECTORY}`;

const SESSIONS: Record<1 | 2 | 3, string> = {
	1: "2026-01-26 Bijeenkomst 1",
	2: "2026-03-09 Bijeenkomst 2",
	3: "2026-04-20 Bijeenkomst 3",
};

interface SharedGoal {
	author: string;
	title: string;
	id: string;
	created: string;
	deadline: string;
	baseline: number;
	target: number;
	sharedAt: string;
	doing: string;
	why?: string;
	whereWhen?: string;
	evidence?: string;
}

interface SharedReport {
	author: string;
	id: string;
	date: string;
	session: 1 | 2 | 3;
	role: "case-bringer" | "participant";
	/** Each goal with its rating, or null when the member left it unrated; then a line about it. */
	goals: [title: string, rating: number | null, note: string][];
	sharedAt: string;
	happened: string;
	learned: string;
	actions: [action: string, due: string][];
}

const section = (heading: string, text: string | undefined): string => (text ? `## ${heading}\n\n${text}\n\n` : "");

function goal(g: SharedGoal): PlainNoteStep {
	const frontmatter = [
		"intervisie: goal",
		`id: ${g.id}`,
		`author: ${g.author}`,
		"status: active",
		`created: ${g.created}`,
		`deadline: ${g.deadline}`,
		`trajectory: "[[${TRAJECTORY}]]"`,
		`baseline: ${g.baseline}`,
		`target: ${g.target}`,
		"schema: 1",
		"shared: true",
		`shared-at: ${g.sharedAt}`,
	];
	const body =
		section("Wat ik ga doen", g.doing) +
		section("Waarom dit voor mij belangrijk is", g.why) +
		section("Waar en wanneer", g.whereWhen) +
		section("Hoe ik merk dat het lukt", g.evidence) +
		"## Voortgang\n";
	return { kind: "plain-note", day: g.sharedAt, path: `${GROUP_FOLDER}/${g.author}/${g.title}.md`, text: `---\n${frontmatter.join("\n")}\n---\n${body}` };
}

function report(r: SharedReport): PlainNoteStep {
	const frontmatter = [
		"intervisie: report",
		`id: ${r.id}`,
		`author: ${r.author}`,
		`date: ${r.date}`,
		`session: "[[${SESSIONS[r.session]}]]"`,
		`role: ${r.role}`,
		"goals:",
		...r.goals.map(([title]) => `  - "[[${title}]]"`),
		"ratings:",
		...r.goals.map(([, rating]) => (rating === null ? "  -" : `  - ${rating}`)),
		"schema: 1",
		"shared: true",
		`shared-at: ${r.sharedAt}`,
	];
	const goalSections = r.goals.map(([title, , note]) => `### [[${title}]]\n\n${note}\n\n`).join("");
	const actions = r.actions.map(([action, due]) => `- [ ] ${action} 📅 ${due}`).join("\n");
	const body =
		section("Wat er gebeurde", r.happened) +
		section("Wat ik over mezelf leerde", r.learned) +
		`## Mijn leerdoelen\n\n${goalSections}` +
		`## Wat ik nu ga doen\n\n${actions}\n`;
	const name = `${r.date} Verslag bijeenkomst ${r.session}`;
	return { kind: "plain-note", day: r.sharedAt, path: `${GROUP_FOLDER}/${r.author}/${name}.md`, text: `---\n${frontmatter.join("\n")}\n---\n${body}` };
}

/**
 * The note-taker's session note as shared, with the question round's tally that *Run session* wrote into it:
 * how many questions of each kind, and how many the case-bringer marked as helpful.
 */
function sessionCopy(noteTaker: string, session: 1 | 2, date: string, sharedAt: string, tally: [open: number, closed: number, advice: number, leading: number, helped: number]): PlainNoteStep {
	const [open, closed, advice, leading, helped] = tally;
	const frontmatter = [
		"intervisie: session",
		`id: session-${date}-${session}-${noteTaker.split(" ")[0]?.toLowerCase() ?? "copy"}`,
		`author: ${noteTaker}`,
		`date: ${date}`,
		`number: ${session}`,
		`trajectory: "[[${TRAJECTORY}]]"`,
		"status: held",
		`note-taker: ${noteTaker}`,
		`questions-open: ${open}`,
		`questions-closed: ${closed}`,
		`questions-advice: ${advice}`,
		`questions-leading: ${leading}`,
		`questions-helped: ${helped}`,
		"schema: 1",
		"shared: true",
		`shared-at: ${sharedAt}`,
	];
	return { kind: "plain-note", day: sharedAt, path: `${GROUP_FOLDER}/${noteTaker}/${SESSIONS[session]}.md`, text: `---\n${frontmatter.join("\n")}\n---\n` };
}

const JORIS = "Joris Bakker";
const AYLIN = "Aylin Demir";
const MARK = "Mark Jansen";
const FLEUR = "Fleur Visser";
const PIETER = "Pieter de Boer";

const CONFLICT = "Rustiger reageren in conflicten";
const LET_GO = "Taken loslaten";
const FEEDBACK = "Feedback direct geven";
const EVENINGS = "Minder overwerken";
const FOLLOW_UP = "Doorvragen bij nieuwe medewerkers";
const AGREEMENTS = "Afspraken bespreekbaar maken";
const AGENDA = "Vergaderingen voorbereiden";
const ROOM = "Ruimte maken voor ideeën van anderen";

const NOTES: readonly PlainNoteStep[] = [
	// The note-takers of sessions 1 and 2 shared their session notes: in the first round the group slipped into advice.
	sessionCopy(MARK, 1, "2026-01-26", "2026-01-27", [3, 4, 4, 1, 1]),
	sessionCopy(FLEUR, 2, "2026-03-09", "2026-03-10", [5, 3, 1, 1, 2]),
	// Learning goals, shared in the first weeks of the trajectory.
	goal({
		author: FLEUR,
		title: AGREEMENTS,
		id: "goal-20260115-f4nb",
		created: "2026-01-15",
		deadline: "2026-06-30",
		baseline: 3,
		target: 7,
		sharedAt: "2026-01-15",
		doing: "Als een teamlid zich niet aan een afspraak houdt, spreek ik die persoon daar binnen een week op aan, met een concreet voorbeeld en een vraag naar wat er speelt.",
		why: "Ik laat dingen te lang lopen omdat ik de sfeer goed wil houden. Daarna erger ik me, en dan komt het er te fel uit.",
		evidence: "Ik begin erover voordat ik een afspraak voor de derde keer moet herhalen.",
	}),
	goal({
		author: FLEUR,
		title: AGENDA,
		id: "goal-20260115-f9pc",
		created: "2026-01-15",
		deadline: "2026-04-30",
		baseline: 5,
		target: 8,
		sharedAt: "2026-01-15",
		doing: "Uiterlijk de dag voor elk teamoverleg stuur ik de agenda rond, met bij elk punt wat we ermee willen bereiken.",
		whereWhen: "Het teamoverleg om de week op woensdag.",
	}),
	goal({
		author: JORIS,
		title: CONFLICT,
		id: "goal-20260114-r7kd",
		created: "2026-01-14",
		deadline: "2026-06-30",
		baseline: 3,
		target: 7,
		sharedAt: "2026-01-16",
		doing: "Als twee teamleden met elkaar botsen, laat ik eerst allebei hun verhaal afmaken en vat ik samen wat ik hoor, voordat ik zelf een mening geef.",
		why: "Ik kies nu vaak te snel partij, en dan voelt de ander zich niet gehoord.",
		whereWhen: "Bij spanningen op de werkvloer en in het teamoverleg op dinsdag.",
		evidence: "Na zo'n gesprek zeggen beide teamleden dat ze hun kant hebben kunnen vertellen.",
	}),
	goal({
		author: JORIS,
		title: LET_GO,
		id: "goal-20260114-w3hn",
		created: "2026-01-14",
		deadline: "2026-09-30",
		baseline: 4,
		target: 7,
		sharedAt: "2026-01-16",
		doing: "Elke week geef ik één taak die ik normaal zelf zou oppakken aan iemand uit mijn team, en de keuzes daarin laat ik bij die persoon.",
		whereWhen: "Bij de weekplanning op maandagochtend.",
	}),
	goal({
		author: AYLIN,
		title: FEEDBACK,
		id: "goal-20260113-a5fz",
		created: "2026-01-13",
		deadline: "2026-07-01",
		baseline: 4,
		target: 8,
		sharedAt: "2026-01-20",
		doing: "Als ik iets zie wat beter kan, bespreek ik dat binnen twee werkdagen onder vier ogen, en ik benoem het gedrag dat ik zag, niet de persoon.",
		why: "Ik spaar dingen op tot het jaargesprek, en dan voelen mensen zich overvallen.",
		evidence: "Ik houd per week bij hoe vaak ik feedback gaf en hoeveel dagen er tussen zat.",
	}),
	goal({
		author: MARK,
		title: EVENINGS,
		id: "goal-20260119-m2ks",
		created: "2026-01-19",
		deadline: "2026-05-31",
		baseline: 3,
		target: 7,
		sharedAt: "2026-01-22",
		doing: "Op werkdagen klap ik om 18.00 uur mijn laptop dicht en lees ik 's avonds geen werkmail meer.",
		why: "'s Avonds ben ik er thuis maar half, en mijn team denkt dat ik van hen ook verwacht dat ze laat nog reageren.",
		whereWhen: "Maandag tot en met donderdag; op vrijdag werk ik al korter.",
	}),
	goal({
		author: PIETER,
		title: ROOM,
		id: "goal-20260123-pd3v",
		created: "2026-01-23",
		deadline: "2026-09-30",
		baseline: 4,
		target: 7,
		sharedAt: "2026-01-25",
		doing: "In het teamoverleg laat ik eerst minstens twee teamleden hun idee vertellen, voordat ik met mijn eigen voorstel kom.",
		why: "Mijn team komt bijna niet meer met eigen voorstellen; ze wachten tot ik iets zeg.",
	}),

	// Session 1, 2026-01-26: Joris brings a case, Aylin leads, everyone is there.
	report({
		author: JORIS,
		id: "report-20260126-jb4x",
		date: "2026-01-26",
		session: 1,
		role: "case-bringer",
		goals: [
			[CONFLICT, 4, "De groep liet me zien dat ik het gesprek overneem voordat beide kanten gehoord zijn. Een kleine stap, maar ik zie het nu."],
			[LET_GO, null, "Hier ben ik deze weken niet aan toegekomen."],
		],
		sharedAt: "2026-01-26",
		happened:
			"Ik bracht mijn casus in over twee teamleden die al maanden langs elkaar heen werken en elkaar in het overleg in de rede vallen. Aylin leidde het gesprek met het zesfasenmodel. In de vragenronde ging het vooral over wat ik zelf doe als het uit de hand loopt.",
		learned:
			"In de bespreking reageerde ik net zoals op mijn werk: ik wilde meteen uitleggen wie er gelijk had. Pas toen Fleur vroeg wat ik voel als het misgaat, merkte ik hoe ongemakkelijk ik conflicten vind.",
		actions: [
			["Met beide teamleden apart praten en alleen vragen stellen", "2026-02-06"],
			["In het teamoverleg afspreken dat we elkaar laten uitpraten", "2026-02-17"],
		],
	}),
	report({
		author: FLEUR,
		id: "report-20260126-fv6s",
		date: "2026-01-26",
		session: 1,
		role: "participant",
		goals: [
			[AGREEMENTS, 3, "Nog niets mee gedaan, maar ik begrijp beter waarom ik het steeds uitstel."],
			[AGENDA, 6, "De agenda ging twee keer op tijd rond. Het overleg was korter en minder rommelig."],
		],
		sharedAt: "2026-01-27",
		happened:
			"Joris vertelde over twee teamleden die elkaar steeds afkappen. Wat me raakte: hij wist precies wanneer het misging, maar had er nog niemand op aangesproken.",
		learned: "Ik herkende mezelf in Joris. Ik vroeg hem wat hij voelt als het misgaat, en eigenlijk stelde ik die vraag ook aan mezelf.",
		actions: [
			["De agenda's voor februari alvast klaarzetten", "2026-02-02"],
			["Mijn teamlid dat vaak te laat komt er deze week op aanspreken", "2026-02-06"],
		],
	}),
	report({
		author: AYLIN,
		id: "report-20260127-ad7q",
		date: "2026-01-27",
		session: 1,
		role: "participant",
		goals: [[FEEDBACK, 4, "Nog geen verschil in mijn team. Wel gezien dat ik feedback ook buiten mijn team uitstel."]],
		sharedAt: "2026-01-27",
		happened:
			"Ik leidde de eerste bijeenkomst; Joris bracht een conflict tussen twee teamleden in. De fasen liepen goed, alleen begon de adviesronde eigenlijk al tijdens de vragenronde.",
		learned: "Ik durfde de groep niet te onderbreken toen ze te vroeg gingen adviseren. Dat ken ik uit mijn team: ik wacht te lang voordat ik iets zeg.",
		actions: [
			["Deze week twee keer feedback geven binnen twee dagen", "2026-02-06"],
			["In mijn agenda bijhouden wanneer ik feedback gaf", "2026-03-09"],
		],
	}),
	report({
		author: MARK,
		id: "report-20260127-mj9h",
		date: "2026-01-27",
		session: 1,
		role: "participant",
		goals: [[EVENINGS, 3, "Vorige week toch nog drie avonden mail gelezen. Eerlijk gezegd nog geen vooruitgang."]],
		sharedAt: "2026-01-29",
		happened: "Joris bracht een conflict in zijn team in. Ik was verslaglegger, waardoor ik zelf weinig vragen stelde.",
		learned: "Ik zag hoe vanzelf ik de rol pak van degene die alles bijhoudt. Op mijn werk, maar thuis ook.",
		actions: [
			["De mail-app van mijn telefoon halen voor het weekend", "2026-02-01"],
			["Mijn team laten weten dat ik na 18.00 uur niet meer reageer", "2026-02-09"],
		],
	}),
	report({
		author: PIETER,
		id: "report-20260127-pb7y",
		date: "2026-01-27",
		session: 1,
		role: "participant",
		goals: [[ROOM, 4, "Eén overleg geprobeerd. Tien minuten hield ik het vol, toen vulde ik de stilte toch zelf."]],
		sharedAt: "2026-02-02",
		happened: "Onze eerste bijeenkomst. Joris bracht een conflict in. Ik vond het lastig om alleen vragen te stellen en geen oplossingen te geven.",
		learned: "Drie keer begon ik een vraag met 'Zou je niet…'. Dat is een advies met een vraagteken erachter, en zo doe ik het in mijn teamoverleg ook.",
		actions: [["In het teamoverleg een stilte laten vallen en rustig tot tien tellen", "2026-02-10"]],
	}),

	// A goal Mark added after the first session.
	goal({
		author: MARK,
		title: FOLLOW_UP,
		id: "goal-20260202-m8tr",
		created: "2026-02-02",
		deadline: "2026-06-30",
		baseline: 5,
		target: 8,
		sharedAt: "2026-02-03",
		doing: "In inwerkgesprekken stel ik bij elk antwoord minstens één vervolgvraag voordat ik naar het volgende punt ga.",
		evidence: "Nieuwe collega's zeggen bij hun evaluatie na drie maanden dat ze zich gehoord voelden.",
	}),

	// Session 2, 2026-03-09: Sanne brings a case, Mark leads, Pieter is away.
	report({
		author: AYLIN,
		id: "report-20260309-ay2g",
		date: "2026-03-09",
		session: 2,
		role: "participant",
		goals: [[FEEDBACK, 5, "In vijf weken zeven keer feedback gegeven, vijf keer binnen twee dagen. Het gesprek met een collega over de toon van zijn mails ging beter dan ik had gevreesd."]],
		sharedAt: "2026-03-11",
		happened: "Sanne vroeg hoe ze in het MT nee kan zeggen zonder de relatie met haar collega's te schaden. We zochten samen naar wat er achter haar ja zit.",
		learned: "Mijn vragen waren scherper dan de vorige keer. Ik herkende ook iets in Sanne: feedback uitstellen is voor mij ook een manier om het gezellig te houden.",
		actions: [["Eén keer feedback geven aan mijn eigen leidinggevende", "2026-04-20"]],
	}),
	report({
		author: JORIS,
		id: "report-20260310-t8mv",
		date: "2026-03-10",
		session: 2,
		role: "participant",
		goals: [
			[CONFLICT, 4, "Het gesprek met de twee teamleden ging beter dan verwacht. In het teamoverleg schoot ik wel weer in de verdediging toen een van hen kritiek had."],
			[LET_GO, 5, "Drie weken op rij een taak overgedragen. De vakantieplanning ligt nu bij een van de senioren, en dat gaat prima."],
		],
		sharedAt: "2026-03-10",
		happened: "Sanne bracht haar vraag in over nee zeggen in het MT, Mark leidde het gesprek. Veel herkenning: bijna iedereen zegt vaker ja dan goed is voor het eigen team.",
		learned: "Veel van mijn vragen waren eigenlijk adviezen ('Heb je al eens geprobeerd…?'). Mark wees me daar vriendelijk op. Ik wil meer echt open vragen stellen.",
		actions: [["Elke week één taak overdragen en in mijn agenda zetten welke", "2026-04-20"]],
	}),
	report({
		author: MARK,
		id: "report-20260310-mk3w",
		date: "2026-03-10",
		session: 2,
		role: "participant",
		goals: [
			[EVENINGS, 4, "Vier van de vijf werkdagen om 18.00 uur gestopt. De mail staat niet meer op mijn telefoon."],
			[FOLLOW_UP, 6, "Twee inwerkgesprekken gehad. In het tweede vroeg ik door op 'het gaat wel', en toen kwam er een heel verhaal."],
		],
		sharedAt: "2026-03-10",
		happened: "Ik leidde de bijeenkomst over de vraag van Sanne. Pieter was er niet; met z'n vijven hadden we meer tijd voor de analyse.",
		learned: "Als gespreksleider kon ik zelf niet doorvragen, en dat viel me zwaarder dan ik dacht. Wel zag ik hoeveel één goede vervolgvraag van een ander opleverde.",
		actions: [["Voor elk inwerkgesprek drie vervolgvragen opschrijven", "2026-04-20"]],
	}),
	report({
		author: FLEUR,
		id: "report-20260310-fz5u",
		date: "2026-03-10",
		session: 2,
		role: "participant",
		goals: [
			[AGREEMENTS, 4, "Eén keer een collega aangesproken op een gemiste deadline, en dat ging goed. Mijn teamlid dat te laat komt nog steeds niet."],
			[AGENDA, 6, "Loopt door zoals het liep, geen verandering."],
		],
		sharedAt: "2026-03-12",
		happened:
			"Sanne bracht haar vraag over nee zeggen in het MT in; ik was verslaglegger. De groep hielp haar zien dat nee zeggen tegen een verzoek iets anders is dan nee zeggen tegen een collega.",
		learned: "Mijn actie uit januari, het teamlid aanspreken, heb ik niet gedaan. Ik wil er voor de volgende keer een casus van maken.",
		actions: [["Casus voorbereiden voor bijeenkomst 3", "2026-04-13"]],
	}),

	// Session 3, 2026-04-20: Fleur brings a case, Joris leads, Aylin is away; Mark shares no report.
	report({
		author: FLEUR,
		id: "report-20260420-fr8e",
		date: "2026-04-20",
		session: 3,
		role: "case-bringer",
		goals: [
			[AGREEMENTS, 5, "Na de bespreking heb ik een plan voor het gesprek. Ik geef mezelf een 5, omdat ik nu weet hoe ik het aanpak; gedaan heb ik het nog niet."],
			[AGENDA, 7, "Deze periode elke agenda op tijd verstuurd."],
		],
		sharedAt: "2026-04-22",
		happened:
			"Ik bracht mijn vraag in: hoe spreek ik een teamlid aan dat steeds te laat komt, zonder dat het een conflict wordt? Joris leidde het gesprek. Wat ik over de situatie van mijn teamlid vertelde, blijft in de groep. Mijn aantekeningen daarover: privénotitie.",
		learned: "De groep liet me zien dat ik begrip en duidelijke afspraken als tegenpolen behandel. Ik kan allebei: vragen wat iemand nodig heeft, en de afspraak opnieuw maken.",
		actions: [
			["Het gesprek met mijn teamlid voeren en eerst vragen wat er nodig is", "2026-04-30"],
			["Samen een nieuwe afspraak over begintijden maken en die opschrijven", "2026-05-15"],
			["Kijken of ik mijn agendadoel in mei op bereikt kan zetten", "2026-05-31"],
		],
	}),
	report({
		author: JORIS,
		id: "report-20260421-p6ec",
		date: "2026-04-21",
		session: 3,
		role: "participant",
		goals: [
			[CONFLICT, 5, "Twee keer een oplopend gesprek rustig gehouden door eerst samen te vatten. Eén keer niet, op een dag dat ik zelf moe was."],
			[LET_GO, 5, "Even ver als de vorige keer. Ik draag wel taken over, maar kijk nog te vaak mee."],
		],
		sharedAt: "2026-04-21",
		happened: "Fleur bracht een casus in over een teamlid dat vaak te laat komt. Ik leidde het gesprek voor het eerst zelf. We hielden ons aan de tijd, al werd de analysefase krap.",
		learned: "Als gespreksleider moest ik mijn eigen mening inhouden. Dat lukte beter dan ik dacht, en het leek op wat ik in conflicten wil leren: eerst laten uitpraten.",
		actions: [
			["Na een lastig gesprek drie regels opschrijven: wat er gebeurde, wat ik deed, wat werkte", "2026-05-15"],
			["Een overgedragen taak een week lang niet controleren", "2026-06-08"],
		],
	}),
	report({
		author: PIETER,
		id: "report-20260421-pe4k",
		date: "2026-04-21",
		session: 3,
		role: "participant",
		goals: [[ROOM, 5, "In het overleg van april kwamen twee teamleden met een voorstel voor de roosters. Het mijne hoefde ik niet eens meer te noemen."]],
		sharedAt: "2026-04-22",
		happened: "De vorige bijeenkomst miste ik door een dienstreis. Deze keer bracht Fleur een casus in over een teamlid dat vaak te laat komt. Aylin was er niet.",
		learned: "Pas na de tweede vragenronde begreep ik echt wat Fleur vroeg. Als ik minder snel een idee heb, hoor ik meer.",
		actions: [["Bij elk agendapunt eerst het team om ideeën vragen", "2026-06-08"]],
	}),
];

/** The other members' shared copies, in the order they arrive. */
export const GROUP_NOTES: readonly PlainNoteStep[] = [...NOTES].sort((a, b) => a.day.localeCompare(b.day));
