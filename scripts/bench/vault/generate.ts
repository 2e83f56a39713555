import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { recordFromText } from "../../../src/cli/record-from-text";
import type { NoteRecord } from "../../../src/core/schema/note-record";
import { groupNotes } from "./group";
import type { Group } from "./group";
import { Namer } from "./names";
import { NoteMaker } from "./note-maker";
import { ordinaryNotes } from "./ordinary";
import { pick, seeded } from "./random";
import type { Random } from "./random";
import { FIRST_NAMES, GROUP_NAMES, LAST_NAMES } from "./texts";
import type { VaultNote } from "./vault-note";

export interface VaultSpec {
	seed: number;
	notes: number;
	/** Groups of 8 members with 3 trajectories each; about 215 of our notes per group. */
	groups: number;
	today: string;
}

export interface BenchVault {
	me: string;
	today: string;
	notes: VaultNote[];
	records: NoteRecord[];
}

const ME = "Sanne de Vries";
const MEMBERS_PER_GROUP = 8;
/** Record modification times: one minute apart, ending at a fixed moment. */
const MTIME_END = Date.UTC(2026, 3, 15, 12, 0);

/** The same vault for the same spec: our notes first (group 1 is mine), then ordinary notes up to the total. */
export function generateVault(spec: VaultSpec): BenchVault {
	const random = seeded(spec.seed);
	const namer = new Namer();
	const make = new NoteMaker(namer, random);
	const people = new People(random);
	people.claim(ME);
	const notes: VaultNote[] = [];
	const goals = [];
	for (let g = 0; g < spec.groups; g++) {
		const members = g === 0 ? [ME, ...people.next(MEMBERS_PER_GROUP - 1)] : people.next(MEMBERS_PER_GROUP);
		const group: Group = { name: GROUP_NAMES[g % GROUP_NAMES.length] ?? `Group ${g + 1}`, members, facilitator: people.next(1)[0] ?? "Facilitator", busiest: g === 0 ? ME : null, dayOffset: g };
		const made = groupNotes(group, make, random, spec.today);
		notes.push(...made.notes);
		goals.push(...made.goals);
	}
	notes.push(...ordinaryNotes({ count: spec.notes - notes.length, today: spec.today, me: ME, goals }, namer, random));
	const records = notes.map((n, i) => recordFromText(n.path, n.text, MTIME_END - (notes.length - i) * 60_000).record);
	return { me: ME, today: spec.today, notes, records };
}

/** Writes the notes into a new temporary folder and returns it. */
export function writeVault(notes: readonly VaultNote[]): string {
	const dir = mkdtempSync(join(tmpdir(), "intervisie-bench-"));
	const folders = new Set<string>();
	for (const note of notes) {
		const file = join(dir, ...note.path.split("/"));
		const folder = dirname(file);
		if (!folders.has(folder)) {
			mkdirSync(folder, { recursive: true });
			folders.add(folder);
		}
		writeFileSync(file, note.text);
	}
	return dir;
}

/** Distinct full names, drawn from the name lists. */
class People {
	private readonly taken = new Set<string>();

	constructor(private readonly random: Random) {}

	claim(name: string): void {
		this.taken.add(name);
	}

	next(count: number): string[] {
		const out: string[] = [];
		while (out.length < count) {
			const name = `${pick(this.random, FIRST_NAMES)} ${pick(this.random, LAST_NAMES)}`;
			if (this.taken.has(name)) continue;
			this.taken.add(name);
			out.push(name);
		}
		return out;
	}
}
