import { describe, expect, it } from "vitest";
import "./dom";

describe("Obsidian's DOM helpers on happy-dom", () => {
	it("createEl with class, text, attributes, title, value, placeholder, href and a callback", () => {
		const parent = createDiv();
		let seen: HTMLElement | null = null;
		const input = parent.createEl(
			"input",
			{ cls: ["a", "b"], attr: { "data-x": 1, hidden: null }, title: "T", type: "text", value: "v", placeholder: "p" },
			(el) => {
				seen = el;
			},
		);
		expect(seen).toBe(input);
		expect(input.parentElement).toBe(parent);
		expect(input.className).toBe("a b");
		expect([input.getAttr("data-x"), input.title, input.type, input.value, input.placeholder]).toEqual(["1", "T", "text", "v", "p"]);
		const link = parent.createEl("a", { text: "go", href: "https://example.org" });
		expect([link.getText(), link.getAttr("href")]).toEqual(["go", "https://example.org"]);
	});

	it("createDiv/createSpan take a class string; prepend puts the element first", () => {
		const parent = createDiv("outer");
		parent.createSpan("second");
		const first = parent.createDiv({ cls: "first", prepend: true });
		expect(parent.className).toBe("outer");
		expect(parent.firstElementChild).toBe(first);
		expect(parent.children[1]?.className).toBe("second");
	});

	it("global createEl with a parent, createFragment, createSvg", () => {
		const parent = createDiv();
		const el = createEl("p", { text: "x", parent });
		expect(el.parentElement).toBe(parent);
		const fragment = createFragment((f) => f.createSpan({ text: "in fragment" }));
		const target = createDiv();
		target.setText(fragment);
		expect(target.innerHTML).toBe("<span>in fragment</span>");
		const svg = parent.createSvg("svg", { cls: "icon", attr: { viewBox: "0 0 1 1" } });
		expect(svg.namespaceURI).toBe("http://www.w3.org/2000/svg");
		expect(svg.getAttribute("class")).toBe("icon");
	});

	it("classes, text, attributes, empty, detach, appendText", () => {
		const el = createDiv();
		el.addClass("a", "b");
		el.addClasses(["c"]);
		el.removeClass("a");
		el.toggleClass("d", true);
		el.toggleClass(["b"], false);
		expect([el.hasClass("c"), el.hasClass("a"), el.className]).toEqual([true, false, "c d"]);
		el.setAttrs({ role: "button", "aria-label": "Go" });
		el.setAttr("role", null);
		expect([el.getAttr("role"), el.getAttr("aria-label")]).toEqual([null, "Go"]);
		el.setText("hello");
		el.appendText(" world");
		expect(el.getText()).toBe("hello world");
		el.empty();
		expect(el.childNodes.length).toBe(0);
		const parent = createDiv();
		const child = parent.createDiv();
		child.detach();
		expect(parent.children.length).toBe(0);
		expect(child.instanceOf(HTMLDivElement)).toBe(true);
	});

	it("find, findAll, show, hide, toggle, isShown", () => {
		const root = createDiv();
		root.createDiv("x").createSpan("y");
		root.createDiv("x");
		expect(root.find(".y")?.className).toBe("y");
		expect(root.findAll(".x")).toHaveLength(2);
		const inner = root.find(".y");
		expect(inner.isShown()).toBe(true);
		root.hide();
		expect(inner.isShown()).toBe(false);
		root.show();
		root.toggle(false);
		expect(root.isShown()).toBe(false);
		root.toggle(true);
		expect(root.isShown()).toBe(true);
	});

	it("onClickEvent and delegated on/off", () => {
		const root = createDiv();
		const button = root.createEl("button", { cls: "go" });
		const clicks: string[] = [];
		root.onClickEvent(() => clicks.push("root"));
		const listener = (_ev: Event, target: HTMLElement) => clicks.push(`delegated ${target.className}`);
		root.on("click", ".go", listener);
		button.click();
		root.off("click", ".go", listener);
		button.click();
		expect(clicks).toEqual(["root", "delegated go", "root"]);
	});

	it("installs the DOM globals and activeDocument/activeWindow", () => {
		expect(activeDocument).toBe(document);
		expect(activeWindow).toBe(window);
		expect(document.body).toBeInstanceOf(HTMLElement);
		const event = new KeyboardEvent("keydown", { key: "Enter" });
		expect(event.key).toBe("Enter");
		expect(new Event("input")).toBeInstanceOf(Event);
	});
});
