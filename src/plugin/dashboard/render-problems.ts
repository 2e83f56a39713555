import type { ProblemRow } from "../../core/dashboard/dashboard-model";
import { makeNoteLink } from "./note-link";
import type { RenderContext } from "./render-context";
import { createSection } from "./section";

/** Notes the plugin cannot fully read, each opening the note so it can be fixed. Omitted when there are none. */
export function renderProblems(parent: DocumentFragment, problems: readonly ProblemRow[], ctx: RenderContext): void {
	if (problems.length === 0) return;
	const { t } = ctx;
	const section = createSection(parent, "problems", t.sections.problems);
	const list = section.createEl("ul", { cls: "intervisie-dash-rows" });
	problems.forEach((problem, index) => {
		const severity = t.problems.severity[problem.severity];
		const what = t.problems.codes[problem.code];
		const item = list.createEl("li", { cls: ["intervisie-dash-row", `intervisie-dash-severity-${problem.severity}`] });
		const row = makeNoteLink(item.createDiv({ cls: "intervisie-dash-row-link" }), ctx.source, { path: problem.path, key: `problem:${index}:${problem.path}` });
		const line = row.createDiv();
		line.createSpan({ cls: "intervisie-dash-badge intervisie-dash-severity", text: severity });
		line.createSpan({ cls: "intervisie-dash-row-title", text: problem.title });
		row.createDiv({ text: what });
		// The core words its messages in English; the localised line above says what kind of problem it is.
		row.createDiv({ cls: "intervisie-dash-muted", text: problem.message });
	});
}
