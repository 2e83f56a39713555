/** Runs shorter than this are copied; longer ones are kept as slices of their text. */
const LONG_RUN = 256;
const CHUNK = 4096;
const FIRST_BUFFER = 64;

/**
 * Builds a text from runs of others, joined once at the end. A short run is copied into a buffer, a long one
 * kept as a slice: a note with a hundred thousand comments leaves a hundred thousand tiny runs, and a string for
 * each would cost the garbage collector more than the note's length.
 */
export class TextBuilder {
	private readonly parts: string[] = [];
	/** Grown as short runs come, up to CHUNK: most texts are one long run or a few words, and are built often. */
	private buffer: Uint16Array | null = null;
	private used = 0;

	/** Adds `text.slice(start, end)`. */
	add(text: string, start = 0, end = text.length): void {
		if (end - start >= LONG_RUN) {
			this.flush();
			this.parts.push(text.slice(start, end));
			return;
		}
		let buffer = this.room();
		for (let at = start; at < end; at++) {
			if (this.used === buffer.length) buffer = this.room();
			buffer[this.used++] = text.charCodeAt(at);
		}
	}

	toString(): string {
		this.flush();
		return this.parts.length === 1 ? (this.parts[0] ?? "") : this.parts.join("");
	}

	/** The buffer, with room for at least one more character. */
	private room(): Uint16Array {
		const buffer = this.buffer;
		if (!buffer) return (this.buffer = new Uint16Array(FIRST_BUFFER));
		if (this.used < buffer.length) return buffer;
		if (buffer.length === CHUNK) {
			this.flush();
			return buffer;
		}
		const grown = new Uint16Array(Math.min(buffer.length * 4, CHUNK));
		grown.set(buffer);
		return (this.buffer = grown);
	}

	private flush(): void {
		if (this.used === 0 || !this.buffer) return;
		// `apply` takes the typed array as it is; spreading it would walk an iterator first.
		this.parts.push(String.fromCharCode.apply(null, this.buffer.subarray(0, this.used) as unknown as number[]));
		this.used = 0;
	}
}
