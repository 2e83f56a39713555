import { Setting } from "obsidian";
import type { Services } from "../services";
import { nameControls } from "../name-controls";
import { ui } from "../ui-language";
import type { DraftFormModal } from "./draft-form-modal";

/** Asks for the user's name inside the first form they open, when the settings do not have it yet. */
export function nameField(modal: DraftFormModal, el: HTMLElement, services: Services): void {
	if (services.settings().myName) return;
	const setting = new Setting(el)
		.setName(ui().common.yourName)
		.setDesc(ui().common.yourNameDesc)
		.addText((text) => text.onChange((value) => (modal.pendingName = value)));
	nameControls(setting);
}

/** Saves the name typed in the form; refuses to go on without one, since every note carries its author. */
export function requireName(modal: DraftFormModal, services: Services): boolean {
	const settings = services.settings();
	if (settings.myName) return true;
	const name = modal.pendingName.trim();
	if (!name) {
		return modal.refuse(ui().notices.setName);
	}
	settings.myName = name;
	void services.saveSettings();
	return true;
}
