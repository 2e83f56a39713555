import { describe, expect, it } from "vitest";
import { formatAction, openActions } from "../../../src/core/notes/actions";

describe("actions", () => {
	it("writes tasks with the due date the Tasks plugin and Dataview read", () => {
		expect(formatAction({ text: "Vat het overleg samen", due: "2026-02-02" })).toBe("- [ ] Vat het overleg samen 📅 2026-02-02");
		expect(formatAction({ text: "  Ask\nmore ", due: null })).toBe("- [ ] Ask more");
	});

	it("reads back open tasks with their due dates, skipping done ones, in any list style and line ending", () => {
		const body = "## Next\r\n- [ ] Vat samen 📅 2026-02-02\r\n- [x] Done already\n* [ ] Ask [due:: 2026-03-01]\n  - [ ] nested\n- [ ] \n";
		expect(openActions(body)).toEqual([
			{ text: "Vat samen", due: "2026-02-02" },
			{ text: "Ask", due: "2026-03-01" },
			{ text: "nested", due: null },
		]);
	});

	it("round-trips what it writes", () => {
		const action = { text: "Nee zeggen in het MT", due: "2026-04-01" };
		expect(openActions(formatAction(action))).toEqual([action]);
	});
});

describe("open actions and the report's task lines agree", () => {
	it("count a task in progress and one in a callout as open, a done or cancelled one not", () => {
		const body = "- [ ] Ask first\n- [/] Half done\n> - [ ] In a box\n- [x] Done\n- [-] Dropped\n";
		expect(openActions(body).map((a) => a.text)).toEqual(["Ask first", "Half done", "In a box"]);
	});
});
