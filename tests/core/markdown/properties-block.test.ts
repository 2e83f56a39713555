import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bodyOf, findPropertiesBlock } from "../../../src/core/markdown/properties-block";

describe("the properties block", () => {
	it("keeps Windows line endings of the body", () => {
		expect(bodyOf("---\r\na: 1\r\n---\r\nLine 1\r\nLine 2\r\n")).toBe("Line 1\r\nLine 2\r\n");
		expect(findPropertiesBlock("---\r\na: 1\r\n---\r\nx")?.raw).toBe("a: 1");
	});

	it("is the whole text without a block, and an empty block counts as one", () => {
		expect(bodyOf("No properties\n---\n")).toBe("No properties\n---\n");
		expect(bodyOf("---\n---\nBody")).toBe("Body");
		expect(findPropertiesBlock("---\nbroken: [\n---\nBody")?.raw).toBe("broken: [");
		expect(findPropertiesBlock("Body\n")).toBeNull();
		expect(findPropertiesBlock("---\nnever closed\n")).toBeNull();
	});

	it("allows spaces after the delimiters, but a line of four dashes is no delimiter", () => {
		expect(findPropertiesBlock("---  \na: 1\n--- \t\nBody")).toEqual({ raw: "a: 1", end: 14, bodyStart: 17, byteOrderMark: false });
		expect(findPropertiesBlock("---\na: 1\n----\nb: 2\n---\nBody")?.raw).toBe("a: 1\n----\nb: 2");
		expect(findPropertiesBlock("----\na: 1\n---\n")).toBeNull();
	});

	it("looks through a byte-order mark before the first line, and says it was there", () => {
		const block = findPropertiesBlock("\uFEFF---\nprivate: true\n---\nSecret");
		expect(block).toMatchObject({ raw: "private: true", byteOrderMark: true });
		expect(bodyOf("\uFEFF---\nprivate: true\n---\nSecret")).toBe("Secret");
	});

	it("gives back the text exactly: block, delimiters and body", () => {
		const line = fc.constantFrom("---", "--- ", "----", "a: 1", "", "text", "\uFEFF---");
		fc.assert(
			fc.property(fc.array(line, { maxLength: 8 }), fc.constantFrom("\n", "\r\n"), (lines, ending) => {
				const text = lines.join(ending);
				const block = findPropertiesBlock(text);
				if (block === null) return bodyOf(text) === text;
				return text.slice(block.bodyStart) === bodyOf(text) && text.includes(block.raw) && block.bodyStart <= text.length;
			}),
		);
	});
});
