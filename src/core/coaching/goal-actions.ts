import { clauseFinalParticle } from "./goal-split-verbs";
import { anyWord, keyAt, wordSet, type TokenTest } from "./token-match";
import { dutch, english } from "./verb-match";

const VRAGEN = "vraag vraagt vragen vroeg vroegen gevraagd";
const LEGGEN = "leg legt leggen legde legden gelegd";
const GEVEN = "geef geeft geven gaf gaven gegeven";
const STELLEN = "stel stelt stellen stelde stelden gesteld";
const SPREKEN = "spreek spreekt spreken sprak spraken gesproken";
const SCHRIJVEN = "schrijf schrijft schrijven schreef schreven geschreven";
const STUREN = "stuur stuurt sturen stuurde stuurden gestuurd";
const NOT_A_PRESENTATION = ["be", "am", "is", "are", "was", "were", "been", "being", "more", "stay", "remain", "feel", "meer", "ben", "zijn", "wees", "blijf"];

const STOP_FORMS = wordSet("stop stopt stoppen stopte stopten gestopt stops stopped stopping beeindig beeindigt beeindigen end ends ended ending");
const DETERMINERS = wordSet("elk elke ieder iedere het de ons mijn every each the our my");
const MEETINGS = ["overleg", "vergadering", "bijeenkomst", "gesprek", "sessie", "meeting", "session", "conversation"];
/** "Ik stop elk overleg op tijd", "I end every meeting on time": ending a meeting is something others see. */
const endsAMeeting: TokenTest = (clause, index) =>
	STOP_FORMS.has(keyAt(clause, index)) &&
	DETERMINERS.has(keyAt(clause, index + 1)) &&
	MEETINGS.some((meeting) => keyAt(clause, index + 2).endsWith(meeting));

/** Observable: actions someone else can see or hear. */
export const ACTION_VERBS: TokenTest[] = [
	dutch(VRAGEN),
	dutch(VRAGEN, { particle: "door" }),
	dutch(VRAGEN, { particle: "na" }),
	dutch("vat vatten vatte gevat", { particle: "samen" }),
	dutch(LEGGEN, { particle: "voor" }),
	dutch(LEGGEN, { particle: "uit" }),
	dutch(STELLEN, { particle: "voor" }),
	dutch(GEVEN, { object: ["feedback", "compliment", "complimenten", "terugkoppeling", "advies", "woord", "tip", "tips", "antwoord"] }),
	dutch(GEVEN, { particle: "aan" }),
	dutch(GEVEN, { particle: "terug" }),
	dutch(GEVEN, { particle: "door" }),
	dutch(STUREN, { notAfter: ["aan"] }),
	dutch(STUREN, { particle: "rond" }),
	dutch(STUREN, { particle: "door" }),
	dutch("kaart kaarten kaartte kaartten gekaart", { particle: "aan" }),
	dutch("kondig kondigt kondigen kondigde kondigden gekondigd", { particle: "aan" }),
	dutch("sluit sluiten sloot sloten gesloten", { particle: "af" }),
	dutch("loop loopt lopen liep liepen gelopen", { particle: "langs" }),
	dutch("zet zetten zette gezet", { particle: "weg" }),
	dutch("vul vult vullen vulde vulden gevuld", { particle: "in" }),
	dutch("breng brengt brengen bracht brachten gebracht", { particle: "in" }),
	dutch("breng brengt brengen bracht brachten gebracht", { object: ["sprake"] }),
	dutch("neem neemt nemen nam namen genomen", { object: ["contact"] }),
	dutch("doe doet doen deed deden gedaan", { object: ["voorstel", "navraag"] }),
	dutch("antwoord antwoordt antwoorden antwoordde antwoordden geantwoord"),
	dutch("reageer reageert reageren reageerde reageerden gereageerd"),
	dutch("zeg zegt zeggen zei zeiden gezegd"),
	dutch(SPREKEN),
	dutch(SPREKEN, { particle: "uit" }),
	dutch(SPREKEN, { particle: "aan" }),
	dutch(SPREKEN, { particle: "af" }),
	dutch("bespreek bespreekt bespreken besprak bespraken besproken"),
	dutch("presenteer presenteert presenteren presenteerde presenteerden gepresenteerd", { notAfter: NOT_A_PRESENTATION }),
	dutch("benoem benoemt benoemen benoemde benoemden"),
	dutch("delegeer delegeert delegeren delegeerde delegeerden gedelegeerd"),
	dutch("nodig nodigt nodigen nodigde nodigden genodigd", { particle: "uit" }),
	dutch("koppel koppelt koppelen koppelde koppelden gekoppeld", { particle: "terug" }),
	dutch(SCHRIJVEN),
	dutch(SCHRIJVEN, { particle: "op" }),
	dutch("noteer noteert noteren noteerde noteerden genoteerd"),
	dutch("agendeer agendeert agenderen agendeerde agendeerden geagendeerd"),
	dutch("vertel vertelt vertellen vertelde vertelden verteld"),
	dutch("licht lichten lichtte lichtten gelicht", { particle: "toe" }),
	dutch("meld meldt melden meldde meldden gemeld"),
	dutch("bel belt bellen belde belden gebeld"),
	dutch("weiger weigert weigeren weigerde weigerden geweigerd"),
	dutch("praat praten praatte praatten gepraat", { particle: "uit" }),
	dutch("complimenteer complimenteert complimenteren complimenteerde complimenteerden gecomplimenteerd"),
	dutch("bedank bedankt bedanken bedankte bedankten"),
	dutch("bereid bereidt bereiden bereidde bereidden", { particle: "voor" }),
	dutch("parafraseer parafraseert parafraseren parafraseerde parafraseerden geparafraseerd"),
	dutch("maak maakt maken maakte maakten gemaakt", { object: ["afspraak", "afspraken", "aantekeningen", "notities", "verslag"] }),
	clauseFinalParticle,
	endsAMeeting,
	english("ask"),
	english("summarise summarize"),
	english("say", "said"),
	english("propose"),
	english("present", "", { notAfter: NOT_A_PRESENTATION }),
	english("delegate"),
	english("give", "gave given", { object: ["feedback", "compliment", "compliments", "credit", "praise", "advice", "floor", "tip", "tips"] }),
	english("send", "sent"),
	english("hand", "", { particle: "back" }),
	english("hand", "", { particle: "over" }),
	english("turn", "", { particle: "down" }),
	english("pass", "", { particle: "on" }),
	english("bring", "brought", { particle: "up" }),
	english("wrap", "wrapped wrapping", { particle: "up" }),
	english("note", "", { particle: "down" }),
	english("put", "putting", { particle: "away" }),
	english("take", "took taken taking", { object: ["notes", "minutes"] }),
	english("answer"),
	english("announce"),
	english("suggest"),
	english("explain"),
	english("tell", "told"),
	english("raise"),
	english("discuss"),
	english("decline"),
	english("prepare"),
	english("write", "wrote written"),
	english("invite"),
	english("thank"),
	english("praise"),
	english("schedule"),
	english("name"),
	english("share"),
	english("speak", "spoke spoken"),
	english("follow", "", { particle: "up" }),
	english("point", "", { particle: "out" }),
	english("sum", "summed summing", { particle: "up" }),
	english("report", "", { particle: "back" }),
	english("recap", "recapped recapping"),
	english("paraphrase"),
	english("clarify"),
	english("acknowledge"),
	english("reply"),
	english("respond"),
	english("agree"),
	english("let", "letting", { object: ["finish"] }),
	english("make", "made", { object: ["agreement", "agreements"] }),
];

/** Inner or vague verbs, named in the hint when no action is found. */
export const VAGUE_VERBS: TokenTest[] = [
	dutch("leer leert leren leerde leerden geleerd"),
	dutch("begrijp begrijpt begrijpen begreep begrepen"),
	dutch("probeer probeert proberen probeerde probeerden geprobeerd"),
	dutch("verbeter verbetert verbeteren verbeterde verbeterden verbeterd"),
	dutch("ontwikkel ontwikkelt ontwikkelen ontwikkelde ontwikkelden ontwikkeld"),
	dutch("groei groeit groeien groeide groeiden gegroeid"),
	english("learn", "learnt"),
	english("understand", "understood"),
	english("try"),
	english("improve"),
	english("grow", "grew grown"),
	english("develop"),
	english("realise realize"),
	anyWord("bewust beter inzicht aware better insight"),
];
