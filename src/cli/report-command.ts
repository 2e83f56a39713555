import { basename, resolve } from "node:path";
import { localDay, systemClock } from "../core/dates/local-day";
import { NoteIndex } from "../core/index/note-index";
import { PathLinkResolver } from "../core/links/link-resolver";
import { isPrivateRecord } from "../core/privacy/might-be-private";
import { NotePrefixes } from "../core/privacy/private-target";
import { assembleReport } from "../core/report/assemble-report";
import { buildGroupReportHtml, buildGroupReportMarkdown, buildReportHtml, buildReportMarkdown } from "../core/report/build-trajectory-report";
import { guessLanguage } from "../core/report/guess-language";
import { printableName } from "../core/text/printable-name";
import type { TrajectoryReportInput } from "../core/report/report-input";
import type { NoteRecord } from "../core/schema/note-record";
import type { CliIo } from "./cli-io";
import { EXIT, UsageError } from "./cli-io";
import { groupOverview } from "./group-overview";
import { defaultsLanguage, groupsFolderOf } from "./groups-folder";
import { readVault } from "./read-vault";
import type { VaultContents } from "./read-vault";
import type { ReportArgs } from "./report-args";
import { checkOutput, writeOutput } from "./report-output";
import { assertGroupMember, chooseMember, chooseTrajectory, groupMembers, withFolderAuthors, withoutSharedCopies } from "./report-subjects";
import { assertFolder, reasonOf } from "./vault-folder";

/**
 * `intervisie report <vault> --out FILE`: the trajectory report of one participant, or with `--group` of every
 * member of a group folder, as one HTML page or markdown note. Reads the folder, writes only FILE.
 */
export async function reportCommand(args: ReportArgs, io: CliIo): Promise<number> {
	const root = resolve(args.vault);
	await assertFolder(root, args.vault);
	const out = await checkOutput(args.out, root);
	let vault: VaultContents;
	try {
		vault = await readVault(root);
	} catch (error) {
		io.stderr(`Could not read the folder ${printableName(args.vault)}: ${printableName(reasonOf(error))}\n`);
		return EXIT.failure;
	}
	const today = localDay((io.now ?? systemClock)());
	const privateByPath = privatePaths(vault.records);
	// A group folder's private notes are skipped whatever brought them there; links to them still count as private.
	const records = args.group ? withFolderAuthors(vault.records.filter((r) => !privateByPath.has(r.path))) : withoutSharedCopies(vault.records, await personalGroupsFolder(root, args, vault, io));
	if (args.group && args.member !== null) assertGroupMember(args.member, records);
	const member = args.group ? args.member : chooseMember(args.member, records);
	// A personal vault's notes without an author are the participant's; in a group folder, the folder says whose.
	const index = new NoteIndex({ me: args.group ? "" : (member ?? "") });
	for (const record of records) index.upsert(record);
	const resolver = new PathLinkResolver(records.map((r) => r.path));
	const prefixes = new NotePrefixes(vault.records.map((r) => r.path));
	const trajectory = chooseTrajectory(index, args.trajectory, member);
	const members = member !== null ? [member] : groupMembers(trajectory, index, records);
	if (members.length === 0) throw new UsageError("No members found: the group folder has no member folders with goals or reports. Name one with --member NAME.");
	const language = args.language ?? guessLanguage(vault.bodies.values());
	const trajectoryName = trajectory?.name ?? basename(root);
	const reports: TrajectoryReportInput[] = members.map((name) =>
		assembleReport({ index, resolver, bodies: vault.bodies, isPrivatePath: (path) => privateByPath.has(path), namedAtStartOf: (target) => prefixes.namedAtStartOf(target), member: name, trajectory: trajectory?.path ?? null, trajectoryName, today, language }),
	);
	// The group's facts open a report of the whole group; one member's part stands alone.
	const overview = args.group && args.member === null ? groupOverview({ records, index, trajectory, name: trajectoryName, members, today, language }) : undefined;
	const group = { language, date: today, trajectory: trajectoryName, reports, overview };
	const single = reports.length === 1 && !args.group ? reports[0] : undefined;
	const text = single
		? args.format === "html"
			? buildReportHtml(single)
			: buildReportMarkdown(single)
		: args.format === "html"
			? buildGroupReportHtml(group)
			: buildGroupReportMarkdown(group);
	try {
		await writeOutput(out, text);
	} catch (error) {
		io.stderr(`${printableName(reasonOf(error))}\n`);
		return EXIT.failure;
	}
	const about = [...members.filter((name) => name !== ""), trajectoryName].join(", ");
	io.stdout(`Wrote ${printableName(args.out)}: trajectory report of ${printableName(about)}. Private notes and private parts are left out.\n`);
	return EXIT.ok;
}

/** The groups folder of a personal vault, as the plugin names it (a group folder read with --group needs none). */
async function personalGroupsFolder(root: string, args: ReportArgs, vault: VaultContents, io: CliIo): Promise<string> {
	const paths = vault.records.map((record) => record.path);
	const groups = await groupsFolderOf(root, args.groupsFolder, () => args.language ?? defaultsLanguage(paths, () => vault.bodies.values()));
	if (groups.warning) io.stderr(`${printableName(groups.warning)}\n`);
	return groups.folder;
}

/**
 * Every note of the folder that is or might be private, also those that are not ours (a private daily note
 * linked from a report): by the one decision, so unreadable notes (malformed or over a bound) count too.
 */
function privatePaths(records: readonly NoteRecord[]): Set<string> {
	return new Set(records.filter(isPrivateRecord).map((r) => r.path));
}
