import { copyFileSync, existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, posix } from "node:path";

/** Each picture the README and docs/ show, and the screenshot it is: regenerated with every run, never edited by hand. */
export const DOCS_PICTURES: Readonly<Record<string, string>> = {
	"docs/dashboard.png": "dashboard-en-light-wide.png",
	"docs/goal-coaching.png": "goal-coaching-en-light-wide.png",
	"docs/facilitation.png": "run-running-en-light-wide.png",
	"docs/facilitation-phone.png": "run-running-nl-dark-phone.png",
	"docs/facilitator-view.png": "facilitator-en-light-wide.png",
};

const PICTURE = /\.(?:png|jpe?g|gif|svg|webp)$/i;
/** A markdown link or image target, or an HTML src or href. */
const TARGETS = [/\]\(([^)\s]+)\)/g, /\b(?:src|href)="([^"]+)"/g];

/** The pages that may show a picture: the README and every page in docs/. */
function documentationPages(root: string): string[] {
	const docs = readdirSync(join(root, "docs"))
		.filter((name) => name.endsWith(".md"))
		.map((name) => `docs/${name}`);
	return ["README.md", ...docs];
}

/** Every local picture the README and docs/ link to, as a path from the repository root. */
export function linkedPictures(root: string): string[] {
	const found = new Set<string>();
	for (const page of documentationPages(root)) {
		const text = readFileSync(join(root, page), "utf8");
		for (const pattern of TARGETS) {
			for (const match of text.matchAll(pattern)) {
				const target = match[1] ?? "";
				if (/^[a-z]+:/i.test(target) || !PICTURE.test(target)) continue;
				found.add(posix.normalize(posix.join(posix.dirname(page), target)));
			}
		}
	}
	return [...found].sort();
}

/** Copies each screenshot the documentation shows over its picture in docs/; fails on a linked picture no screenshot makes. */
export function copyDocsPictures(root: string, shots: string): string[] {
	const unmade = linkedPictures(root).filter((path) => !(path in DOCS_PICTURES));
	if (unmade.length > 0) throw new Error(`No screenshot makes ${unmade.join(", ")}: add it to DOCS_PICTURES`);
	const copied: string[] = [];
	for (const [picture, shot] of Object.entries(DOCS_PICTURES)) {
		const from = join(shots, shot);
		if (!existsSync(from)) throw new Error(`${picture} comes from ${shot}, which no scene made`);
		if (!existsSync(dirname(join(root, picture)))) throw new Error(`No folder for ${picture}`);
		copyFileSync(from, join(root, picture));
		copied.push(picture);
	}
	return copied;
}
