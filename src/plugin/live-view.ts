import { ItemView } from "obsidian";

/**
 * A view that follows the vault: it subscribes once while open, redraws once per change it hears of, and
 * not at all while it is hidden (a background tab, a collapsed sidebar). A change heard while hidden is drawn
 * once, when the view is shown again.
 */
export abstract class LiveView extends ItemView {
	private unsubscribe: (() => void) | null = null;
	private stale = false;

	/** Starts hearing of changes; returns the way to stop. */
	protected abstract listen(changed: () => void): () => void;

	/** Draws the view from fresh data. */
	abstract refresh(): void;

	/** Call from `onOpen` once the view's elements exist: draws now and on every change from then on. */
	protected startFollowing(): void {
		this.unsubscribe?.();
		this.unsubscribe = this.listen(() => this.changed());
		this.registerEvent(this.app.workspace.on("layout-change", () => this.drawIfStale()));
		this.registerEvent(this.app.workspace.on("active-leaf-change", () => this.drawIfStale()));
		this.stale = false;
		this.refresh();
	}

	protected stopFollowing(): void {
		this.unsubscribe?.();
		this.unsubscribe = null;
	}

	protected get following(): boolean {
		return this.unsubscribe !== null;
	}

	private changed(): void {
		if (!this.containerEl.isShown()) {
			this.stale = true;
			return;
		}
		this.stale = false;
		this.refresh();
	}

	private drawIfStale(): void {
		if (!this.stale || !this.unsubscribe || !this.containerEl.isShown()) return;
		this.stale = false;
		this.refresh();
	}
}
