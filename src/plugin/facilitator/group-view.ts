import type { ViewStateResult, WorkspaceLeaf } from "obsidian";
import { KeptParts } from "../kept-parts";
import { LiveView } from "../live-view";
import type { TrajectoryNote } from "../../core/schema/notes";
import { FACILITATOR_STRINGS } from "../../core/i18n/facilitator-strings";
import { uiLanguage } from "../ui-language";
import type { GroupSource } from "./group-source";
import { renderFacilitator, renderNoGroupYet } from "./render-facilitator";

export const GROUP_VIEW_TYPE = "intervisie-group";

/** The facilitator's view of one trajectory's group folder; live, with a switcher between trajectories. */
export class GroupView extends LiveView {
	private trajectory: string | null = null;
	private bodyEl: HTMLElement | null = null;
	private switcherEl: HTMLElement | null = null;
	private switcherKey: string | null = null;
	private readonly parts = new KeptParts();

	constructor(
		leaf: WorkspaceLeaf,
		private readonly source: GroupSource,
	) {
		super(leaf);
	}

	getViewType(): string {
		return GROUP_VIEW_TYPE;
	}

	getDisplayText(): string {
		return FACILITATOR_STRINGS[uiLanguage()].title;
	}

	getIcon(): string {
		return "users";
	}

	async onOpen(): Promise<void> {
		this.contentEl.empty();
		this.contentEl.addClass("intervisie-group-view");
		this.switcherEl = this.contentEl.createDiv({ cls: "intervisie-group-switcher" });
		this.switcherKey = null;
		this.bodyEl = this.contentEl.createDiv();
		this.startFollowing();
	}

	protected listen(changed: () => void): () => void {
		return this.source.subscribe(changed);
	}

	async onClose(): Promise<void> {
		this.stopFollowing();
		this.contentEl.empty();
	}

	getState(): Record<string, unknown> {
		return { ...super.getState(), trajectory: this.trajectory };
	}

	async setState(state: unknown, result: ViewStateResult): Promise<void> {
		const saved = (state ?? {}) as { trajectory?: unknown };
		if (typeof saved.trajectory === "string") this.trajectory = saved.trajectory;
		await super.setState(state, result);
		if (this.following) this.refresh();
	}

	refresh(): void {
		if (!this.bodyEl || !this.switcherEl) return;
		const language = uiLanguage();
		const { trajectories, chosen } = this.source.model(this.trajectory, language);
		this.renderSwitcher(trajectories, chosen?.trajectory.path ?? null);
		if (!chosen) {
			this.bodyEl.empty();
			renderNoGroupYet(this.bodyEl, FACILITATOR_STRINGS[language]).addClass("intervisie-dash");
			return;
		}
		renderFacilitator(this.bodyEl, chosen.model, this.source, this.parts);
	}

	/** Rebuilt only when the trajectories change, so a live update keeps focus on the switcher. */
	private renderSwitcher(trajectories: readonly TrajectoryNote[], current: string | null): void {
		const el = this.switcherEl;
		if (!el) return;
		const key = trajectories.map((t) => `${t.path}\u0000${t.name}`).join("\n");
		if (key !== this.switcherKey) {
			this.switcherKey = key;
			el.empty();
			el.toggleClass("intervisie-hidden", trajectories.length < 2);
			if (trajectories.length >= 2) {
				const select = el.createEl("select", { cls: "dropdown", attr: { "aria-label": FACILITATOR_STRINGS[uiLanguage()].switcher } });
				for (const t of trajectories) select.createEl("option", { value: t.path, text: t.name });
				select.addEventListener("change", () => {
					this.trajectory = select.value;
					this.refresh();
				});
			}
		}
		const select = el.querySelector("select");
		if (select && current) select.value = current;
	}
}
