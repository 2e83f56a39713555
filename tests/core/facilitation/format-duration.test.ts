import { describe, expect, it } from "vitest";
import { formatDuration } from "../../../src/core/facilitation/format-duration";

describe("format duration", () => {
	it("shows minutes and seconds, hours only when needed", () => {
		expect(formatDuration(0)).toBe("0:00");
		expect(formatDuration(59_999)).toBe("0:59");
		expect(formatDuration(5 * 60_000 + 7_000)).toBe("5:07");
		expect(formatDuration(75 * 60_000)).toBe("1:15:00");
	});

	it("shows the size of a negative duration; the words say whether it is over", () => {
		expect(formatDuration(-65_000)).toBe("1:05");
	});
});
