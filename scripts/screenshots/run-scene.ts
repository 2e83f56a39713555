import type { Plugin } from "obsidian";
import type { PluginClass } from "../../tests/harness/harness";
import { TRAJECTORY_VAULT } from "../../tests/plugin/fixture-vault";
import { RUN_STRINGS } from "../../src/core/i18n/run-strings";
import { findRunView, press, typeRunNotes } from "../demo/drive-story";
import { leafMarkup } from "./page";
import { withPlugin } from "./with-plugin";

export type RunStage = "start" | "running" | "questions" | "ended";

const SESSION = "Intervisie/Sessions/2026-03-10 Session 4.md";
const FILES = {
	...TRAJECTORY_VAULT,
	[SESSION]:
		'---\nintervisie: session\ndate: 2026-03-10\nnumber: 4\ntrajectory: "[[Team leads 2026]]"\nstatus: planned\nmethod: incident-short\ncase-bringers:\n  - Joris Bakker\nfacilitator: Aylin Demir\nnote-taker: Sanne de Vries\n---\n## Notes\n\n',
};
/** The question round as a note-taker types it: names, a helped mark, advice and a leading question among them. */
const QUESTIONS = {
	nl: "Aylin: wat maakt dat je het gesprek uitstelt? (+)\nHeb je al overwogen om het gewoon te mailen?\nWas je leidinggevende erbij?\nHoe voelde het toen hij wegliep? (+)\nJe bent toch ook gewoon moe?\nWaarom is dit voor jou belangrijk?",
	en: "Aylin: what makes you put the conversation off? (+)\nHave you considered just emailing him?\nWas your manager there?\nHow did it feel when he walked out? (+)\nDon't you think you're just tired?\nWhy does this matter to you?",
};
const NOTES = {
	nl: "Joris wil weten hoe hij het gesprek opent.\nWat heeft hij al geprobeerd?",
	en: "Joris wants to know how to open the conversation.\nWhat has he tried already?",
};

/** Facilitation mode of a session as the built plugin draws it: before the start, in a phase that ran over, in the question round, or after the end. */
export function runMarkup(Built: PluginClass<Plugin>, language: "nl" | "en", stage: RunStage): Promise<string> {
	const t = RUN_STRINGS[language];
	return withPlugin({ files: FILES, language, today: "2026-03-10", pluginClass: Built }, async (p) => {
		let now = new Date(2026, 2, 10, 19, 30);
		const at = (minutes: number) => {
			now = new Date(now.getTime() + minutes * 60_000);
			p.setNow(now);
		};
		at(0);
		await p.h.openFile(SESSION);
		await p.run("run-session");
		const view = findRunView(p.h);
		if (stage !== "start") {
			await press(p.h, view, t.start);
			at(4);
			await press(p.h, view, t.next);
			at(17);
			await typeRunNotes(view, NOTES[language]);
			view.refresh();
		}
		if (stage === "questions") {
			await press(p.h, view, t.next);
			at(5);
			await typeRunNotes(view, QUESTIONS[language]);
			view.refresh();
		}
		if (stage === "ended") {
			const hasButton = (label: string) => Array.from(view.contentEl.querySelectorAll("button")).some((b) => b.textContent?.trim() === label);
			for (let minutes = 9; hasButton(t.next); minutes += 2) {
				await press(p.h, view, t.next);
				at(minutes);
			}
			await press(p.h, view, t.finish);
		}
		return leafMarkup(view.containerEl);
	});
}
