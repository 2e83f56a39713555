import { afterEach, describe, expect, it } from "vitest";
import yaml from "js-yaml";
import { intervisieBases } from "../../../src/core/bases/base-files";
import type { Language } from "../../../src/core/i18n/language";
import { defaultSettings } from "../../../src/core/settings/settings";
import type { IntervisieSettings } from "../../../src/core/settings/settings";
import { createBasesViews } from "../../../src/plugin/commands/create-bases";
import type { Services } from "../../../src/plugin/services";
import { createHarness } from "../../harness/harness";
import type { Harness } from "../../harness/harness";

let h: Harness;
afterEach(async () => h?.dispose());

/** Only `app` and `settings()` are used by the command. */
function services(notes: Language, change: (s: IntervisieSettings) => void = () => {}): Services {
	const settings = defaultSettings(notes);
	change(settings);
	return { app: h.app, settings: () => settings } as unknown as Services;
}

const MINE = "filters:\n  and:\n    - file.hasTag(\"mine\")\n";

describe("Create Bases views", () => {
	it("creates the three bases beside the note folders, as valid YAML", async () => {
		h = createHarness({ language: "en" });
		await createBasesViews(services("en"));
		for (const base of intervisieBases("en", "Intervisie")) {
			const text = h.readFile(base.path);
			expect(text).toBe(base.text);
			const parsed = yaml.safeLoad(text) as { filters: unknown; views: unknown[] };
			expect(parsed.views.length).toBeGreaterThan(0);
		}
		expect(h.notices).toEqual(["Created 3 Bases views in Intervisie."]);
		expect(h.errors).toEqual([]);
	});

	it("names them in the notes' language and speaks the interface's", async () => {
		h = createHarness({ language: "nl", files: { "Intervisie/Leerdoelen/Luisteren.md": "---\nintervisie: goal\n---\n" } });
		await createBasesViews(services("nl"));
		expect(h.exists("Intervisie/Leerdoelen.base")).toBe(true);
		expect(h.exists("Intervisie/Verslagen per leerdoel.base")).toBe(true);
		expect(h.exists("Intervisie/Bijeenkomsten.base")).toBe(true);
		expect(h.notices).toEqual(["3 Bases-weergaven gemaakt in Intervisie."]);
	});

	it("never overwrites a base that exists, in any letter case", async () => {
		h = createHarness({ language: "en", files: { "intervisie/goals.base": MINE } });
		await createBasesViews(services("en"));
		expect(h.readFile("intervisie/goals.base")).toBe(MINE);
		expect(h.exists("intervisie/Sessions.base")).toBe(true);
		expect(h.exists("intervisie/Reports by goal.base")).toBe(true);
		expect(h.notices).toEqual(["Created 2 Bases views in intervisie; 1 already existed and was left as it was."]);

		h.setLanguage("nl");
		await createBasesViews(services("en"));
		expect(h.readFile("intervisie/goals.base")).toBe(MINE);
		expect(h.notices.at(-1)).toBe("Alle 3 Bases-weergaven in intervisie bestaan al; er is niets gewijzigd.");
	});

	it("keeps a base that sync created a moment before", async () => {
		h = createHarness({ language: "nl" });
		const s = services("en");
		const create = h.app.vault.create.bind(h.app.vault);
		h.app.vault.create = async (path, data) => {
			if (path.endsWith("Sessions.base")) await create(path, MINE);
			return create(path, data);
		};
		await createBasesViews(s);
		expect(h.readFile("Intervisie/Sessions.base")).toBe(MINE);
		expect(h.notices).toEqual(["2 Bases-weergaven gemaakt in Intervisie; 1 bestond al en is niet gewijzigd."]);
	});

	it("uses the vault root when the goal folder is at the top", async () => {
		h = createHarness({ language: "en" });
		await createBasesViews(services("en", (s) => (s.folders.goal = "Goals")));
		expect(h.exists("Goals.base")).toBe(true);
		expect(h.notices).toEqual(["Created 3 Bases views in the vault root."]);
	});

	it("tells what failed, and throws nothing", async () => {
		h = createHarness({ language: "en" });
		const create = h.app.vault.create.bind(h.app.vault);
		h.app.vault.create = async (path, data) => {
			if (path.endsWith("Reports by goal.base") || path.startsWith("Blocked/")) throw new Error("Disk full");
			return create(path, data);
		};
		await expect(createBasesViews(services("en"))).resolves.toBeUndefined();
		expect(h.notices).toEqual(["Created 1 Bases view in Intervisie, but could not create the others: Disk full"]);

		h.setLanguage("nl");
		await createBasesViews(services("en", (s) => (s.folders.goal = "Blocked/Goals")));
		expect(h.notices.at(-1)).toBe("Kon de Bases-weergaven in Blocked niet maken: Disk full");
	});

	it("does not create over a file that stands where the folder should be", async () => {
		h = createHarness({ language: "en", files: { Intervisie: "a file" } });
		await createBasesViews(services("en"));
		expect(h.readFile("Intervisie")).toBe("a file");
		expect(h.notices).toEqual(['Could not create the Bases views in Intervisie: "Intervisie" is a file, not a folder']);
	});
});
