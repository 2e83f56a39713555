import type { TrajectoryChoice, TrajectoryHeader } from "../../core/dashboard/dashboard-model";
import { formatDay, relativeDays } from "./format";
import { makeNoteLink } from "./note-link";
import type { RenderContext } from "./render-context";
import { createSection } from "./section";

/** The trajectory shown: name, period, sessions held, the next session and what I owe for it. */
export function renderHeader(
	parent: DocumentFragment,
	header: TrajectoryHeader | null,
	choices: readonly TrajectoryChoice[],
	ctx: RenderContext,
	onChoose: (path: string) => void,
): void {
	const { t } = ctx;
	const section = createSection(parent, "header", t.sections.trajectory, true);
	if (choices.length > 1) renderSwitcher(section, choices, ctx, onChoose);
	if (!header) {
		section.createEl("p", { cls: "intervisie-dash-muted", text: t.header.noTrajectory });
		return;
	}
	const name = section.createEl("h2", { cls: "intervisie-dash-trajectory-name" }).createSpan({ text: header.name });
	makeNoteLink(name, ctx.source, { path: header.path, key: `trajectory:${header.path}` });
	const period = periodText(header, ctx);
	if (period) section.createDiv({ cls: "intervisie-dash-muted", text: period });

	const progress = section.createDiv({ cls: "intervisie-dash-progress" });
	const text = t.header.progress(header.sessionsHeld, header.sessionsPlanned);
	progress.createEl("progress", { attr: { max: Math.max(header.sessionsPlanned, 1), value: header.sessionsHeld, "aria-label": text } });
	progress.createSpan({ text });

	const facts = section.createEl("ul", { cls: "intervisie-dash-facts" });
	renderNext(facts.createEl("li"), header, ctx);
	renderCasePreparation(facts, header, ctx);
	renderLastReport(facts, header, ctx);
	facts.createEl("li", { cls: "intervisie-dash-muted", text: t.header.scale(header.scale) });
}

function renderSwitcher(section: HTMLElement, choices: readonly TrajectoryChoice[], ctx: RenderContext, onChoose: (path: string) => void): void {
	const label = section.createEl("label", { cls: "intervisie-dash-switcher" });
	label.createSpan({ text: ctx.t.header.switcher });
	const select = label.createEl("select", { cls: "dropdown", attr: { "data-key": "trajectory-switcher" } });
	for (const choice of choices) {
		const option = select.createEl("option", { text: choice.name, value: choice.path });
		option.selected = choice.selected;
	}
	select.addEventListener("change", () => onChoose(select.value));
}

function periodText(header: TrajectoryHeader, { t }: RenderContext): string | null {
	if (header.start && header.end) return `${formatDay(header.start, t)} – ${formatDay(header.end, t)}`;
	if (header.start) return t.header.from(formatDay(header.start, t));
	if (header.end) return t.header.until(formatDay(header.end, t));
	return null;
}

function renderNext(li: HTMLElement, header: TrajectoryHeader, ctx: RenderContext): void {
	const { t } = ctx;
	const next = header.next;
	if (!next) {
		li.setText(t.header.noNext);
		return;
	}
	const when = `${formatDay(next.date, t)}, ${relativeDays(next.daysToGo, t)}`;
	const link = li.createSpan({ text: `${t.header.next}: ${when}` });
	makeNoteLink(link, ctx.source, { path: next.path, key: `header-next:${next.path}` });
	if (next.iAmCaseBringer) li.createSpan({ cls: "intervisie-dash-badge", text: t.header.youBringCase });
}

function renderCasePreparation(list: HTMLElement, header: TrajectoryHeader, ctx: RenderContext): void {
	const prep = header.myCasePreparation;
	if (!prep) return;
	const { t } = ctx;
	const state = prep.path === null ? t.header.caseNotStarted : prep.ready ? t.header.caseReady : t.header.caseNotReady;
	const li = list.createEl("li", { cls: prep.ready ? undefined : "intervisie-dash-attention" });
	const text = `${t.header.casePreparation}: ${state}`;
	const span = li.createSpan({ text });
	if (prep.path) makeNoteLink(span, ctx.source, { path: prep.path, key: `header-case:${prep.path}` });
}

function renderLastReport(list: HTMLElement, header: TrajectoryHeader, ctx: RenderContext): void {
	const last = header.lastReport;
	if (!last) return;
	const { t } = ctx;
	const written = last.reportPath !== null;
	const text = `${t.header.lastReport}: ${written ? t.header.reportWritten : t.header.reportMissing}`;
	const li = list.createEl("li", { cls: written ? undefined : "intervisie-dash-attention" });
	const path = last.reportPath ?? last.sessionPath;
	makeNoteLink(li.createSpan({ text }), ctx.source, { path, key: `header-report:${path}` });
}
