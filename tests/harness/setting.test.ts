import { describe, expect, it } from "vitest";
import { Setting } from "obsidian";
import type { ButtonComponent, DropdownComponent, SliderComponent, TextAreaComponent, TextComponent, ToggleComponent } from "obsidian";

function typeInto(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
	el.value = value;
	el.dispatchEvent(new Event("input", { bubbles: true }));
}

describe("Setting and its components build real DOM and fire onChange on DOM events", () => {
	it("name, description, heading, class", () => {
		const container = createDiv();
		const setting = new Setting(container).setName("Folder").setDesc("Where notes go").setClass("mine").setHeading();
		expect(setting.settingEl.parentElement).toBe(container);
		expect(setting.nameEl.getText()).toBe("Folder");
		expect(setting.descEl.getText()).toBe("Where notes go");
		expect(setting.settingEl.hasClass("mine") && setting.settingEl.hasClass("setting-item-heading")).toBe(true);
	});

	it("text and text area: setValue does not fire, typing does", () => {
		const changes: string[] = [];
		let text!: TextComponent;
		let area!: TextAreaComponent;
		new Setting(createDiv())
			.addText((t) => {
				text = t.setPlaceholder("Folder").setValue("Intervisie").onChange((v) => changes.push(`text ${v}`));
			})
			.addTextArea((t) => {
				area = t.onChange((v) => changes.push(`area ${v}`));
			});
		expect(text.inputEl.placeholder).toBe("Folder");
		expect(text.getValue()).toBe("Intervisie");
		typeInto(text.inputEl, "Journal");
		typeInto(area.inputEl, "a\nb");
		expect(changes).toEqual(["text Journal", "area a\nb"]);
	});

	it("dropdown fires on change", () => {
		const changes: string[] = [];
		let dropdown!: DropdownComponent;
		new Setting(createDiv()).addDropdown((d) => {
			dropdown = d.addOption("en", "English").addOptions({ nl: "Nederlands" }).setValue("nl").onChange((v) => changes.push(v));
		});
		expect(dropdown.getValue()).toBe("nl");
		expect(dropdown.selectEl.options).toHaveLength(2);
		dropdown.selectEl.value = "en";
		dropdown.selectEl.dispatchEvent(new Event("change"));
		expect(changes).toEqual(["en"]);
	});

	it("toggle flips on click", () => {
		const changes: boolean[] = [];
		let toggle!: ToggleComponent;
		new Setting(createDiv()).addToggle((t) => {
			toggle = t.setValue(true).onChange((v) => changes.push(v));
		});
		expect(toggle.toggleEl.hasClass("is-enabled")).toBe(true);
		toggle.toggleEl.click();
		expect([toggle.getValue(), changes]).toEqual([false, [false]]);
	});

	it("buttons click, disabled ones do not; setDisabled on the setting disables its components", () => {
		const clicks: string[] = [];
		let button!: ButtonComponent;
		const setting = new Setting(createDiv())
			.addButton((b) => {
				button = b.setButtonText("Save").setCta().onClick(() => clicks.push("save"));
			})
			.addExtraButton((b) => b.setIcon("trash").onClick(() => clicks.push("extra")));
		expect(button.buttonEl.getText()).toBe("Save");
		expect(button.buttonEl.hasClass("mod-cta")).toBe(true);
		button.buttonEl.click();
		(setting.controlEl.find(".extra-setting-button")).click();
		setting.setDisabled(true);
		button.buttonEl.click();
		(setting.controlEl.find(".extra-setting-button")).click();
		expect(clicks).toEqual(["save", "extra"]);
	});

	it("slider fires on change, or on input when instant", () => {
		const changes: number[] = [];
		let slider!: SliderComponent;
		new Setting(createDiv()).addSlider((s) => {
			slider = s.setLimits(1, 10, 1).setValue(3).onChange((v) => changes.push(v));
		});
		slider.sliderEl.value = "5";
		slider.sliderEl.dispatchEvent(new Event("input"));
		slider.sliderEl.dispatchEvent(new Event("change"));
		slider.setInstant(true);
		slider.sliderEl.value = "7";
		slider.sliderEl.dispatchEvent(new Event("input"));
		expect(changes).toEqual([5, 7]);
	});
});
