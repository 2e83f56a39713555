import type { GroupHeader } from "../../core/facilitator/facilitator-model";
import { formatDay, relativeDays } from "../dashboard/format";
import { makeNoteLink } from "../dashboard/note-link";
import { facSection } from "./fac-section";
import type { FacilitatorSectionContext } from "./facilitator-context";
import { sessionDay, sessionName } from "./session-label";

/** The trajectory: name, period, facilitator, members, sessions held of planned, the next session. */
export function renderGroupHeader(parent: DocumentFragment, header: GroupHeader, ctx: FacilitatorSectionContext): void {
	const { t, d } = ctx;
	const section = facSection(parent, "group", t.sections.group, true);
	const name = section.createEl("h2", { cls: "intervisie-dash-trajectory-name" }).createSpan({ text: header.name });
	makeNoteLink(name, ctx.opener, { path: header.path, key: `fac-trajectory:${header.path}` });
	const period = periodText(header, ctx);
	if (period) section.createDiv({ cls: "intervisie-dash-muted", text: period });

	const progress = section.createDiv({ cls: "intervisie-dash-progress" });
	const text = t.header.progress(header.sessionsHeld, header.sessionsPlanned);
	progress.createEl("progress", { attr: { max: Math.max(header.sessionsPlanned, 1), value: Math.min(header.sessionsHeld, Math.max(header.sessionsPlanned, 1)), "aria-label": text } });
	progress.createSpan({ text });

	const facts = section.createEl("ul", { cls: "intervisie-dash-facts" });
	if (header.facilitator) facts.createEl("li", { text: t.header.facilitator(header.facilitator) });
	facts.createEl("li", { text: t.header.members(header.members.length, header.members.join(", ")) });
	const next = header.next;
	if (!next) {
		facts.createEl("li", { cls: "intervisie-dash-muted", text: t.header.noNext });
		return;
	}
	const label = t.header.next(sessionName(next, ctx), `${sessionDay(next, ctx)}, ${relativeDays(next.daysToGo, d)}`);
	makeNoteLink(facts.createEl("li").createSpan({ text: label }), ctx.opener, { path: next.path, key: `fac-next-session:${next.path}` });
}

function periodText(header: GroupHeader, { d }: FacilitatorSectionContext): string | null {
	if (header.start && header.end) return `${formatDay(header.start, d)} – ${formatDay(header.end, d)}`;
	if (header.start) return d.header.from(formatDay(header.start, d));
	if (header.end) return d.header.until(formatDay(header.end, d));
	return null;
}
