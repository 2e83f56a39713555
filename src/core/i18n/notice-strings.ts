import type { Language } from "./language";

/** Short messages in a notice: what was made, what went wrong, what needs attention. In sentence case. */
const en = {
	notices: {
		created: (path: string) => `Created ${path}`,
		noActiveNote: "Open a note first.",
		newerSchema: (note: string) => `"${note}" was written by a newer version of this plugin. It is shown but not changed. Update the plugin to edit it.`,
		malformedYaml: (note: string) => `The properties of "${note}" cannot be read. Fix the YAML in source mode, then try again.`,
		writeFailed: (note: string, reason: string) => `Could not write "${note}": ${reason}. Nothing was changed; your input is kept, so try again.`,
		invalidDate: (label: string) => `${label}: use a date like 2026-03-14.`,
		invalidNumber: (label: string) => `${label}: use a whole number.`,
		required: (label: string) => `${label} is needed.`,
		setName: "Fill in your name first: it marks which notes are yours.",
		remindersHeading: (n: number) => (n === 1 ? "Intervisie: one thing needs your attention" : `Intervisie: ${n} things need your attention`),
		remindersMore: (n: number) => `… and ${n} more on the dashboard.`,
	},
};

export type NoticeStrings = typeof en;

const nl: NoticeStrings = {
	notices: {
		created: (path) => `${path} gemaakt`,
		noActiveNote: "Open eerst een notitie.",
		newerSchema: (note) => `"${note}" is geschreven door een nieuwere versie van deze plug-in. Je ziet hem, maar hij wordt niet gewijzigd. Werk de plug-in bij om hem te bewerken.`,
		malformedYaml: (note) => `De eigenschappen van "${note}" zijn onleesbaar. Herstel de YAML in de bronweergave en probeer het opnieuw.`,
		writeFailed: (note, reason) => `"${note}" kon niet worden geschreven: ${reason}. Er is niets veranderd; je invoer is bewaard, dus probeer het opnieuw.`,
		invalidDate: (label) => `${label}: gebruik een datum als 2026-03-14.`,
		invalidNumber: (label) => `${label}: gebruik een heel getal.`,
		required: (label) => `${label} is nodig.`,
		setName: "Vul eerst je naam in: daaraan herkent de plug-in jouw notities.",
		remindersHeading: (n) => (n === 1 ? "Intervisie: één ding vraagt je aandacht" : `Intervisie: ${n} dingen vragen je aandacht`),
		remindersMore: (n) => `… en nog ${n} op het dashboard.`,
	},
};

export const NOTICE_STRINGS: Readonly<Record<Language, NoticeStrings>> = { nl, en };
