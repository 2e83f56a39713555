/** Any modal: the harness's own, or a plugin's typed against obsidian.d.ts. */
export interface FormLike {
	contentEl: HTMLElement;
}

/** Drives a modal form through its DOM, as a person would: find a field by its label, type, click. */
function settingByName(root: HTMLElement, label: string): HTMLElement {
	const items = Array.from(root.querySelectorAll<HTMLElement>(".setting-item"));
	const item = items.find((el) => el.querySelector(".setting-item-name")?.textContent?.trim() === label);
	if (!item) {
		const names = items.map((el) => el.querySelector(".setting-item-name")?.textContent?.trim()).filter(Boolean);
		throw new Error(`No field "${label}" in the form; it has: ${names.join(" | ")}`);
	}
	return item;
}

/** Fills a text field, text area or dropdown labelled `label`; the n-th such field when labels repeat. */
export function fill(modal: FormLike, label: string, value: string, nth = 0): void {
	const items = Array.from(modal.contentEl.querySelectorAll<HTMLElement>(".setting-item")).filter(
		(el) => el.querySelector(".setting-item-name")?.textContent?.trim() === label,
	);
	const item = items[nth] ?? settingByName(modal.contentEl, label);
	const control = item.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>("input, textarea, select");
	if (!control) throw new Error(`Field "${label}" has no input`);
	if (control instanceof HTMLSelectElement && !Array.from(control.options).some((o) => o.value === value)) {
		const byLabel = Array.from(control.options).find((o) => o.textContent === value);
		if (!byLabel) throw new Error(`Dropdown "${label}" has no option "${value}"`);
		value = byLabel.value;
	}
	control.value = value;
	control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? "change" : "input", { bubbles: true }));
}

/** Fills the input whose accessible name (`aria-label`) is `label`: a control without a field name of its own. */
export function fillLabelled(modal: FormLike, label: string, value: string): void {
	const control = Array.from(modal.contentEl.querySelectorAll<HTMLInputElement>("input")).find((input) => input.getAttribute("aria-label") === label);
	if (!control) throw new Error(`No input labelled "${label}"`);
	control.value = value;
	control.dispatchEvent(new Event("input", { bubbles: true }));
}

/** Switches a toggle labelled `label` on or off. */
export function toggle(modal: FormLike, label: string, on: boolean): void {
	const item = settingByName(modal.contentEl, label);
	const el = item.querySelector<HTMLElement>(".checkbox-container");
	if (!el) throw new Error(`Field "${label}" is not a toggle`);
	if (el.classList.contains("is-enabled") !== on) el.click();
}

/** Clicks the button with this text. */
export function click(modal: FormLike, text: string): void {
	const button = Array.from(modal.contentEl.querySelectorAll<HTMLButtonElement>("button")).find((b) => b.textContent?.trim() === text);
	if (!button) throw new Error(`No button "${text}"`);
	button.click();
}

/** The value a field shows now. */
export function valueOf(modal: FormLike, label: string): string {
	const control = settingByName(modal.contentEl, label).querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>("input, textarea, select");
	return control?.value ?? "";
}

/** All text in the modal, for asserting what a person reads. */
export function textOf(modal: FormLike): string {
	return modal.contentEl.textContent ?? "";
}
