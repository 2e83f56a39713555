import { describe, expect, it } from "vitest";
import { markedCopy } from "../../../src/core/privacy/marked-copy";
import { shareableBody, shareableBodyWithMarks } from "../../../src/core/privacy/shareable-body";

const privateNote = (target: string) => target === "Coach notes";
const word = (what: string) => `left out: ${what}`;

describe("a shareable copy marked where private parts were left out", () => {
	it("marks a private box, a comment and a section in place; a link's label is its own mark", () => {
		const body = "Intro.\n\n> [!private]\n> Secret.\n\nAsk %% not this %% Sam and [[Coach notes]].\n\n## [[Coach notes]]\n\nAgreed.\n";
		const { body: copy, marks } = shareableBodyWithMarks(body, privateNote, "private note");
		expect(copy).toBe(shareableBody(body, privateNote, "private note").body);
		expect(markedCopy(copy, marks, word)).toBe("Intro.\n\n==left out: callout==\n\n\nAsk ==left out: comment== Sam and private note.\n\n==left out: section==\n\n");
	});

	it("finds every mark where the text around the part now meets", () => {
		const body = "a %%1%% b %%2%% c";
		const { body: copy, marks } = shareableBodyWithMarks(body, () => false, "p");
		expect(copy).toBe("a  b  c");
		expect(marks.map((m) => m.at)).toEqual([2, 5]);
	});

	it("marks a part that only appeared once another was hidden, and writes the same copy as the shareable version", () => {
		const body = "a %%%c%%% b";
		const { body: copy, marks } = shareableBodyWithMarks(body, () => false, "p");
		expect(copy).toBe(shareableBody(body, () => false, "p").body);
		expect(marks.length).toBe(shareableBody(body, () => false, "p").omitted.length);
	});

	it("changes nothing in a note without private parts", () => {
		const { body: copy, marks } = shareableBodyWithMarks("Just text.\n", () => false, "p");
		expect(markedCopy(copy, marks, word)).toBe("Just text.\n");
	});
});
