import { renderFrontmatter } from "../../../src/core/yaml/render-frontmatter";
import type { FrontmatterData } from "../../../src/core/yaml/render-frontmatter";
import { addDays } from "./days";
import type { Namer } from "./names";
import { between, chance, pick } from "./random";
import type { Random } from "./random";
import { FOLDERS, TAGS, WORDS } from "./texts";
import type { GoalRef, VaultNote } from "./vault-note";

const DAILY_START = "2023-06-01";

export interface OrdinarySpec {
	count: number;
	today: string;
	me: string;
	goals: readonly GoalRef[];
}

/**
 * The rest of the vault: daily notes (some mention one of my goals that was running then, in the body or
 * in `goals` as *Link note to learning goal* writes it) and notes in folders, with and without properties,
 * linking each other.
 */
export function ordinaryNotes(spec: OrdinarySpec, namer: Namer, random: Random): VaultNote[] {
	const notes: VaultNote[] = [];
	const myGoals = spec.goals.filter((g) => g.author === spec.me);
	for (let day = DAILY_START; day <= spec.today && notes.length < spec.count; day = addDays(day, 1)) {
		const running = myGoals.filter((g) => g.start <= day && day <= g.end);
		const goal = running.length > 0 && chance(random, 0.15) ? pick(random, running) : null;
		const inProperties = goal !== null && chance(random, 0.5);
		const frontmatter: FrontmatterData | null = chance(random, 0.6) || inProperties ? { tags: ["daily"], mood: between(random, 1, 5) } : null;
		const data = frontmatter && inProperties && goal ? { ...frontmatter, goals: [`[[${goal.link}]]`] } : frontmatter;
		const mention = goal && !inProperties ? `\n\nTried [[${goal.link}]] today.` : "";
		notes.push(note(namer.take("Daily", day).path, data, paragraphs(random, [], 1, 3) + mention));
	}
	const links: string[] = [];
	while (notes.length < spec.count) {
		const top = pick(random, FOLDERS);
		const folder = top === "Projects" || top === "Meetings" ? `${top}/${capital(pick(random, WORDS))} ${between(random, 1, 40)}` : top;
		const place = namer.take(folder, `${capital(pick(random, WORDS))} ${pick(random, WORDS)} ${pick(random, WORDS)}`);
		const goal = chance(random, 0.03) && spec.goals.length > 0 ? pick(random, spec.goals) : null;
		const frontmatter: FrontmatterData | null = chance(random, 0.55) ? properties(random, goal && chance(random, 0.5) ? goal : null) : null;
		const body = paragraphs(random, links, 2, 8) + (goal && !frontmatter?.goals ? `\n\nSee [[${goal.link}]].` : "");
		notes.push(note(place.path, frontmatter, body));
		links.push(place.link);
	}
	return notes;
}

function properties(random: Random, goal: GoalRef | null): FrontmatterData {
	const data: Record<string, FrontmatterData[string]> = { tags: [pick(random, TAGS), pick(random, TAGS)], created: addDays("2023-01-01", between(random, 0, 1200)) };
	if (chance(random, 0.3)) data.status = pick(random, ["open", "done", "waiting"]);
	if (chance(random, 0.2)) data.aliases = [capital(pick(random, WORDS))];
	if (goal) data.goals = [`[[${goal.link}]]`];
	return data;
}

function note(path: string, frontmatter: FrontmatterData | null, body: string): VaultNote {
	const text = frontmatter ? `${renderFrontmatter(frontmatter)}\n${body}\n` : `${body}\n`;
	return { path, text, kind: null, author: null };
}

/** Paragraphs of words, with now and then a link to an earlier note, a tag or a task. */
function paragraphs(random: Random, links: readonly string[], min: number, max: number): string {
	const out: string[] = [];
	for (let p = between(random, min, max); p > 0; p--) {
		const words: string[] = [];
		for (let w = between(random, 15, 60); w > 0; w--) {
			const r = random();
			if (r < 0.02 && links.length > 0) words.push(`[[${pick(random, links)}]]`);
			else if (r < 0.025) words.push(`#${pick(random, TAGS)}`);
			else words.push(pick(random, WORDS));
		}
		const line = `${capital(words.join(" "))}.`;
		out.push(chance(random, 0.1) ? `- [ ] ${line}` : line);
	}
	return out.join("\n\n");
}

function capital(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
