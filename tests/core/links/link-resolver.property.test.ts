import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { linkpathOf, PathLinkResolver } from "../../../src/core/links/link-resolver";

/**
 * The resolver's rules written as plainly as they read, scanning every path for every link: the reference the
 * indexed resolver must agree with, whatever paths come and go.
 */
class ScanningResolver {
	readonly paths = new Set<string>();

	resolve(link: string, fromPath: string): string | null {
		const linkpath = linkpathOf(link);
		if (linkpath === "") return this.paths.has(fromPath) ? fromPath : null;
		const folder = fromPath.includes("/") ? fromPath.slice(0, fromPath.lastIndexOf("/")) : "";
		if (/^\.\.?(\/|$)/.test(linkpath)) return this.exact(join(folder, linkpath));
		const vaultPath = linkpath.replace(/^\/+/, "");
		return this.exact(vaultPath) ?? this.byName(vaultPath, folder);
	}

	private exact(path: string | null): string | null {
		if (path === null) return null;
		const candidates = [path, `${path}.md`];
		const same = candidates.find((c) => this.paths.has(c));
		if (same !== undefined) return same;
		for (const candidate of candidates) {
			const found = [...this.paths].find((p) => p.toLowerCase() === candidate.toLowerCase());
			if (found !== undefined) return found;
		}
		return null;
	}

	private byName(linkpath: string, folder: string): string | null {
		const lower = linkpath.toLowerCase();
		const lowerFolder = folder.toLowerCase();
		const nextToSource = join(lowerFolder, lower);
		const matches = [...this.paths].filter((p) => [lower, `${lower}.md`].some((s) => p.toLowerCase() === s || p.toLowerCase().endsWith(`/${s}`)));
		const rank = (p: string): number => {
			const l = p.toLowerCase();
			if (nextToSource !== null && (l === nextToSource || l === `${nextToSource}.md`)) return 0;
			return (l.includes("/") ? l.slice(0, l.lastIndexOf("/")) : "") === lowerFolder ? 1 : 2 + l.length;
		};
		return matches.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))[0] ?? null;
	}
}

function join(folder: string, relative: string): string | null {
	const parts = folder === "" ? [] : folder.split("/");
	for (const part of relative.split("/")) {
		if (part === "" || part === ".") continue;
		if (part === "..") {
			if (parts.length === 0) return null;
			parts.pop();
		} else parts.push(part);
	}
	return parts.join("/");
}

const segment = fc.constantFrom("a", "A", "b", "Goal", "goal", "GOAL", "x y", "É", "é");
const path = fc.array(segment, { minLength: 1, maxLength: 3 }).chain((parts) => fc.constantFrom(".md", ".MD", "", ".md").map((end) => `${parts.join("/")}${end}`));
const link = fc.tuple(fc.constantFrom("", "./", "../", "/"), fc.array(segment, { minLength: 0, maxLength: 2 }), fc.constantFrom("", ".md", "#h", "|alias")).map(([start, parts, end]) => `${start}${parts.join("/")}${end}`);
const step = fc.oneof(fc.record({ add: path }), fc.record({ remove: path }));

describe("PathLinkResolver agrees with a resolver that scans every path", () => {
	it("as paths come and go, in any case and with any link", () => {
		fc.assert(
			fc.property(fc.array(path, { maxLength: 8 }), fc.array(step, { maxLength: 8 }), fc.array(fc.tuple(link, path), { minLength: 1, maxLength: 6 }), (start, steps, links) => {
				const indexed = new PathLinkResolver(start);
				const reference = new ScanningResolver();
				for (const p of start) reference.paths.add(p);
				// Ask once before the steps, so the steps also change an index already built.
				for (const [l, from] of links) expect(indexed.resolve(l, from)).toBe(reference.resolve(l, from));
				for (const s of steps) {
					if ("add" in s) {
						indexed.add(s.add);
						reference.paths.add(s.add);
					} else {
						indexed.remove(s.remove);
						reference.paths.delete(s.remove);
					}
				}
				for (const [l, from] of links) expect(indexed.resolve(l, from)).toBe(reference.resolve(l, from));
			}),
			{ numRuns: 400 },
		);
	});
});
