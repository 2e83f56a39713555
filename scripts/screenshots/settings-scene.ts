import { freezeFormValues } from "./page";
import { ID } from "../../tests/plugin/plugin-harness";
import type { PluginHarness } from "../../tests/plugin/plugin-harness";

/** The settings tab with a groups folder typed that would leave the vault: the field says why it is not saved. */
export async function settingsMarkup(p: PluginHarness, language: "nl" | "en"): Promise<string> {
	const tab = p.h.openSettings(ID);
	const name = language === "nl" ? "Map met groepen" : "Groups folder";
	const item = Array.from(tab.containerEl.querySelectorAll(".setting-item")).find((el) => el.querySelector(".setting-item-name")?.textContent === name);
	const input = item?.querySelector("input");
	if (!input) throw new Error(`no setting ${name}`);
	input.value = "../../Gedeeld";
	input.dispatchEvent(new Event("input"));
	await p.h.settle();
	item?.scrollIntoView();
	freezeFormValues(tab.containerEl);
	return `<div class="modal-container"><div class="modal mod-settings"><div class="vertical-tab-content">${item?.outerHTML ?? ""}</div></div></div>`;
}
