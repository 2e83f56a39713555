import type { RotationRow } from "../../core/facilitator/facilitator-model";
import { makeNoteLink } from "../dashboard/note-link";
import { facSection } from "./fac-section";
import type { FacilitatorSectionContext } from "./facilitator-context";
import { sessionDay, sessionLabel } from "./session-label";

/** Per member: the cases brought (each session opens), the planned next turn, and who has not had a turn. */
export function renderRotation(parent: DocumentFragment, rows: readonly RotationRow[], ctx: FacilitatorSectionContext): void {
	const { t } = ctx;
	const section = facSection(parent, "rotation", t.sections.rotation);
	if (rows.length === 0) {
		section.createEl("p", { cls: "intervisie-dash-muted", text: t.attendance.noMembers });
		return;
	}
	const list = section.createEl("ul", { cls: "intervisie-dash-rows" });
	for (const row of rows) {
		const item = list.createEl("li", { cls: ["intervisie-dash-row", "intervisie-fac-rotation-row"] });
		item.toggleClass("intervisie-fac-turn-due", row.notYet && row.next === null);
		const head = item.createDiv({ cls: "intervisie-fac-row-head" });
		head.createSpan({ cls: "intervisie-dash-row-title", text: row.member });
		if (row.notYet) head.createSpan({ cls: ["intervisie-dash-badge", "intervisie-fac-not-yet"], text: t.rotation.notYet });

		const brought = item.createDiv({ cls: "intervisie-fac-brought" });
		brought.createSpan({ text: t.rotation.brought(row.brought.length) });
		if (row.brought.length > 0) brought.appendText(": ");
		row.brought.forEach((session, i) => {
			if (i > 0) brought.appendText(", ");
			const link = brought.createSpan({ text: sessionDay(session, ctx) });
			makeNoteLink(link, ctx.opener, { path: session.path, key: `fac-brought:${row.member}:${session.path}` });
		});

		const next = row.next;
		if (next === null) {
			item.createDiv({ cls: ["intervisie-fac-next", "intervisie-dash-muted"], text: t.rotation.noTurn });
		} else {
			const label = t.rotation.next(sessionLabel(next, ctx));
			makeNoteLink(item.createDiv({ cls: "intervisie-fac-next" }).createSpan({ text: label }), ctx.opener, { path: next.path, key: `fac-next:${row.member}:${next.path}` });
		}
	}
}
