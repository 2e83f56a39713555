import "../harness/dom";
import { describe, expect, it } from "vitest";
import { fillWhenOpened, openFilled } from "../../src/plugin/lazy-details";

describe("details filled when first opened", () => {
	it("builds once, at the first opening by the reader or by openFilled", () => {
		const details = document.body.createEl("details");
		const summary = details.createEl("summary");
		let fills = 0;
		fillWhenOpened(details, () => fills++);
		expect(fills).toBe(0);
		summary.click();
		expect(fills).toBe(1);
		details.open = false;
		openFilled(details);
		expect(details.open).toBe(true);
		expect(fills).toBe(1);
		details.remove();
	});

	it("openFilled builds at once, before any toggle event is handled", () => {
		const details = createEl("details");
		let fills = 0;
		fillWhenOpened(details, () => fills++);
		openFilled(details);
		expect(fills).toBe(1);
	});
});
