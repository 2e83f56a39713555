import { describe, expect, it } from "vitest";
import { hasFrontmatterBlock, rawBody } from "../../../src/core/templates/split-frontmatter";

describe("raw body", () => {
	it("keeps Windows line endings of the body", () => {
		expect(rawBody("---\r\na: 1\r\n---\r\nLine 1\r\nLine 2\r\n")).toBe("Line 1\r\nLine 2\r\n");
	});

	it("is the whole text without a frontmatter block, and empty frontmatter counts as one", () => {
		expect(rawBody("No properties\n---\n")).toBe("No properties\n---\n");
		expect(rawBody("---\n---\nBody")).toBe("Body");
		expect(hasFrontmatterBlock("---\nbroken: [\n---\nBody")).toBe(true);
		expect(hasFrontmatterBlock("Body\n")).toBe(false);
	});
});
