/** Runs shorter than this are copied; longer ones are kept as slices of their text. */
const LONG_RUN = 256;
const CHUNK = 4096;

/**
 * Builds a text from runs of others, joined once at the end. A short run is copied into a buffer, a long one
 * kept as a slice: a note with a hundred thousand comments leaves a hundred thousand tiny runs, and a string for
 * each would cost the garbage collector more than the note's length.
 */
export class TextBuilder {
	private readonly parts: string[] = [];
	private readonly buffer = new Uint16Array(CHUNK);
	private used = 0;

	/** Adds `text.slice(start, end)`. */
	add(text: string, start = 0, end = text.length): void {
		if (end - start >= LONG_RUN) {
			this.flush();
			this.parts.push(text.slice(start, end));
			return;
		}
		for (let at = start; at < end; at++) {
			if (this.used === CHUNK) this.flush();
			this.buffer[this.used++] = text.charCodeAt(at);
		}
	}

	toString(): string {
		this.flush();
		return this.parts.length === 1 ? (this.parts[0] ?? "") : this.parts.join("");
	}

	private flush(): void {
		if (this.used === 0) return;
		this.parts.push(String.fromCharCode(...this.buffer.subarray(0, this.used)));
		this.used = 0;
	}
}
