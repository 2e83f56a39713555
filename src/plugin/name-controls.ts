import type { Setting } from "obsidian";

/**
 * Obsidian's `Setting` shows its name beside its control but does not tie the two together: a screen reader
 * meets an unnamed field. Each control of each setting under `root` that has no name yet gets the setting's
 * own visible name.
 */
export function nameSettingControls(root: HTMLElement): void {
	const items = root.matches(".setting-item") ? [root] : Array.from(root.querySelectorAll<HTMLElement>(".setting-item"));
	for (const item of items) {
		const name = item.querySelector(".setting-item-name")?.textContent?.trim() ?? "";
		if (!name) continue;
		for (const control of Array.from(item.querySelectorAll<HTMLElement>(".setting-item-control input, .setting-item-control select, .setting-item-control textarea"))) {
			if (!control.hasAttribute("aria-label") && !control.hasAttribute("aria-labelledby")) control.setAttr("aria-label", name);
		}
	}
}

/** The same for one setting, after its controls are added. */
export function nameControls(setting: Setting): Setting {
	nameSettingControls(setting.settingEl);
	return setting;
}
