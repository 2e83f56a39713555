import { afterEach, describe, expect, it, vi } from "vitest";
import {
	debounce,
	getFrontMatterInfo,
	getLanguage,
	getLinkpath,
	normalizePath,
	parseLinktext,
	parseYaml,
	Platform,
	prepareFuzzySearch,
	requireApiVersion,
	setIcon,
	stringifyYaml,
} from "obsidian";
import { createHarness } from "./harness";

describe("normalizePath", () => {
	it("uses forward slashes, collapses and strips slashes, NBSP → space, NFC", () => {
		expect(normalizePath("a\\b//c/")).toBe("a/b/c");
		expect(normalizePath("/lead/and/trail/")).toBe("lead/and/trail");
		expect(normalizePath("a\u00A0b")).toBe("a b");
		expect(normalizePath("e\u0301")).toBe("\u00e9");
		expect(normalizePath("")).toBe("/");
	});
});

describe("link text", () => {
	it("getLinkpath and parseLinktext split off the subpath", () => {
		expect(getLinkpath("Note#Heading")).toBe("Note");
		expect(parseLinktext("Folder/Note#^block")).toEqual({ path: "Folder/Note", subpath: "#^block" });
	});
});

describe("YAML like Obsidian", () => {
	it("parses dates as strings and empty values as null", () => {
		expect(parseYaml("date: 2024-07-21\nn: 3\nempty:\nok: true")).toEqual({ date: "2024-07-21", n: 3, empty: null, ok: true });
		expect(() => {
			parseYaml("a: [");
		}).toThrow();
	});

	it("stringifies without folding, with double quotes where quotes are needed", () => {
		const long = "word ".repeat(40).trim();
		expect(stringifyYaml({ goal: "[[Listen better]]", date: "2024-07-21", text: long, list: ["[[a]]", "b"] })).toBe(
			`goal: "[[Listen better]]"\ndate: 2024-07-21\ntext: ${long}\nlist:\n  - "[[a]]"\n  - b\n`,
		);
		expect(stringifyYaml({ "it's": "can't: stop" })).toBe(`it's: "can't: stop"\n`);
	});

	it("getFrontMatterInfo finds the block", () => {
		const info = getFrontMatterInfo("---\na: 1\n---\nbody");
		expect(info).toEqual({ exists: true, frontmatter: "a: 1\n", from: 4, to: 9, contentStart: 13 });
		expect(getFrontMatterInfo("no block").exists).toBe(false);
	});
});

describe("debounce", () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	it("calls once with the latest arguments; run() flushes, cancel() drops", () => {
		vi.useFakeTimers();
		const calls: number[] = [];
		const debounced = debounce((n: number) => calls.push(n), 100, true);
		debounced(1);
		debounced(2);
		vi.advanceTimersByTime(99);
		debounced(3);
		vi.advanceTimersByTime(99);
		expect(calls).toEqual([]);
		vi.advanceTimersByTime(1);
		expect(calls).toEqual([3]);
		debounced(4);
		debounced.run();
		expect(calls).toEqual([3, 4]);
		debounced(5);
		debounced.cancel();
		vi.advanceTimersByTime(200);
		expect(calls).toEqual([3, 4]);
	});

	it("without resetTimer fires on the first call's schedule", () => {
		vi.useFakeTimers();
		const calls: number[] = [];
		const debounced = debounce((n: number) => calls.push(n), 100);
		debounced(1);
		vi.advanceTimersByTime(60);
		debounced(2);
		vi.advanceTimersByTime(40);
		expect(calls).toEqual([2]);
	});
});

describe("platform, language, icons, search", () => {
	it("getLanguage follows the harness; Platform can play a phone", async () => {
		const h = createHarness({ language: "nl", platform: "ios" });
		expect(getLanguage()).toBe("nl");
		expect([Platform.isMobile, Platform.isIosApp, Platform.isDesktop]).toEqual([true, true, false]);
		h.setLanguage("en");
		expect(getLanguage()).toBe("en");
		await h.dispose();
		expect(Platform.isDesktop).toBe(true);
		expect(requireApiVersion("1.8.7")).toBe(true);
	});

	it("setIcon draws an svg naming the icon", () => {
		const el = createDiv();
		setIcon(el, "dice");
		expect(el.find("svg")?.getAttr("data-icon")).toBe("dice");
	});

	it("fuzzy search matches characters in order", () => {
		const search = prepareFuzzySearch("lb");
		expect(search("Listen better")?.matches).toEqual([
			[0, 1],
			[7, 8],
		]);
		expect(search("Summarise")).toBeNull();
	});
});
