import type * as Obs from "../../node_modules/obsidian/obsidian";
import type { App } from "./app";
import { MarkdownView } from "./file-view";
import { Platform } from "./platform";

export interface Execution {
	/** False when the command is not available right now (its check said no, or it needs an editor). */
	ran: boolean;
	/** What the callback returned; a promise when it is async. */
	result: unknown;
}

/** The command registry (Obsidian's internal `app.commands`), with the palette's availability rules. */
export class Commands {
	readonly commands: Record<string, Obs.Command> = {};

	constructor(private readonly app: App) {}

	addCommand(command: Obs.Command): void {
		this.commands[command.id] = command;
	}

	removeCommand(id: string): void {
		delete this.commands[id];
	}

	findCommand(id: string): Obs.Command | undefined {
		return this.commands[id];
	}

	/** The commands the palette would list now. */
	listCommands(): Obs.Command[] {
		return Object.values(this.commands).filter((command) => this.isAvailable(command));
	}

	/** The active markdown view, typed as plugin code sees it. */
	private activeView(): Obs.MarkdownView | null {
		return this.app.workspace.getActiveViewOfType(MarkdownView) as unknown as Obs.MarkdownView | null;
	}

	isAvailable(command: Obs.Command): boolean {
		if (command.mobileOnly && !Platform.isMobile) return false;
		const view = this.activeView();
		if (command.editorCheckCallback) return view ? command.editorCheckCallback(true, view.editor, view) === true : false;
		if (command.editorCallback) return view !== null;
		if (command.checkCallback) return command.checkCallback(true) === true;
		return command.callback !== undefined;
	}

	/** Runs a command as the palette or a hotkey does: only when available; the check runs first. */
	execute(command: Obs.Command): Execution {
		if (!this.isAvailable(command)) return { ran: false, result: undefined };
		const view = this.activeView();
		if (command.editorCheckCallback && view) return { ran: true, result: command.editorCheckCallback(false, view.editor, view) };
		if (command.editorCallback && view) return { ran: true, result: command.editorCallback(view.editor, view) };
		if (command.checkCallback) return { ran: true, result: command.checkCallback(false) };
		return { ran: true, result: command.callback?.() };
	}

	executeCommandById(id: string): boolean {
		const command = this.findCommand(id);
		return command ? this.execute(command).ran : false;
	}
}
