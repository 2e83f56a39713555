import { describe, expect, it } from "vitest";
import { expandedSize } from "../../../src/core/yaml/expanded-size";

describe("expandedSize", () => {
	it("counts a value, a list with its items and a mapping with its values", () => {
		expect(expandedSize("x", 100)).toBe(1);
		expect(expandedSize(null, 100)).toBe(1);
		expect(expandedSize(["a", "b"], 100)).toBe(3);
		expect(expandedSize({ a: 1, b: [1, 2] }, 100)).toBe(5);
	});

	it("counts a shared part each time it is used", () => {
		const shared = ["a", "b", "c"];
		expect(expandedSize({ x: shared, y: shared }, 100)).toBe(9);
	});

	it("stops at the limit on a value that expands exponentially, without walking it", () => {
		let level: unknown = Array.from({ length: 9 }, () => "x");
		for (let depth = 0; depth < 30; depth++) level = Array.from({ length: 9 }, () => level);
		expect(expandedSize(level, 1_000_000)).toBe(1_000_001);
	});

	it("gives the exact count just under the limit and limit + 1 just over it", () => {
		const list = Array.from({ length: 9 }, () => "x");
		expect(expandedSize(list, 10)).toBe(10);
		expect(expandedSize(list, 9)).toBe(10);
	});

	it("treats a value that contains itself as over the limit", () => {
		const cycle: unknown[] = [];
		cycle.push(cycle);
		expect(expandedSize({ a: cycle }, 1000)).toBe(1001);
	});

	it("walks deep nesting without running out of stack", () => {
		let deep: unknown = "x";
		for (let depth = 0; depth < 200_000; depth++) deep = [deep];
		expect(expandedSize(deep, 1_000_000)).toBe(200_001);
	});
});
