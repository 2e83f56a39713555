import { normalizePath, Notice, TFile } from "obsidian";
import { myTrajectories } from "../../core/groups/trajectory-of-note";
import { EXPORT_STRINGS } from "../../core/i18n/export-strings";
import { uniqueNotePath } from "../../core/files/safe-file-name";
import { bodyOf } from "../../core/markdown/properties-block";
import { NotePrefixes } from "../../core/privacy/private-target";
import { withSettledPrivacy } from "../../core/privacy/settle-privacy";
import { assembleReport, reportNotePaths } from "../../core/report/assemble-report";
import { buildReportMarkdown } from "../../core/report/build-trajectory-report";
import { reportFileName } from "../../core/report/report-file-name";
import type { TrajectoryReportInput } from "../../core/report/report-input";
import { reason } from "../note-writer";
import { privacyOfPaths } from "../privacy/note-privacy";
import type { Services } from "../services";
import { uiLanguage } from "../ui-language";
import { ensureFolder, pathExists, writablePath } from "../vault-paths";
import { ExportReportModal } from "./export-report-modal";

/** Export trajectory report: a markdown note of my trajectory for the final evaluation, after I choose what goes in. */
export function exportTrajectoryReport(services: Services): void {
	const t = EXPORT_STRINGS[uiLanguage()];
	const index = services.index();
	const mine = myTrajectories(index, services.settings().myName);
	const trajectories = mine.length ? mine : index.ofKind("trajectory");
	if (trajectories.length === 0) {
		new Notice(t.noTrajectory);
		return;
	}
	new ExportReportModal(services.app, t, trajectories, (path) => reportFor(services, path), (input, include) => void createNote(services, input, include)).open();
}

/**
 * Reads just the notes the report needs, then assembles it: only their shareable versions are used. Privacy is
 * decided for every note the report asks about, reading a note's text where the cache cannot tell.
 */
async function reportFor(services: Services, trajectoryPath: string): Promise<TrajectoryReportInput> {
	const { app } = services;
	const known = new Map<string, boolean>();
	const lookUp = (paths: readonly string[]) => privacyOfPaths(app, paths);
	const prefixes = new NotePrefixes(app.vault.getMarkdownFiles().map((f) => f.path));
	const base = {
		index: services.index(),
		resolver: services.resolver,
		namedAtStartOf: (target: string) => prefixes.namedAtStartOf(target),
		member: services.settings().myName,
		trajectory: trajectoryPath,
		today: services.today(),
	};
	const paths = await withSettledPrivacy((isPrivatePath) => reportNotePaths({ ...base, isPrivatePath }), lookUp, known);
	const bodies = new Map<string, string>();
	for (const path of paths) {
		const file = app.vault.getAbstractFileByPath(path);
		if (file instanceof TFile) bodies.set(path, bodyOf(await app.vault.cachedRead(file)));
	}
	const settings = services.settings();
	const defaultScale = { min: settings.scaleMin, max: settings.scaleMax };
	return withSettledPrivacy((isPrivatePath) => assembleReport({ ...base, isPrivatePath, bodies, language: settings.notesLanguage, defaultScale }), lookUp, known);
}

async function createNote(services: Services, input: TrajectoryReportInput, include: (id: string) => boolean): Promise<void> {
	const t = EXPORT_STRINGS[uiLanguage()];
	const { app } = services;
	try {
		const folder = normalizePath(services.settings().folders.evaluation || services.settings().folders.report || "/");
		await ensureFolder(app, folder);
		const path = writablePath(normalizePath(uniqueNotePath(folder === "/" ? "" : folder, reportFileName(input), (p) => pathExists(app, p))), folder === "/" ? "" : folder);
		const file = await app.vault.create(path, buildReportMarkdown(input, { include: (item) => include(item.id) }));
		new Notice(t.created(file.path));
		await app.workspace.getLeaf(false).openFile(file);
	} catch (error) {
		new Notice(t.failed(reason(error)));
	}
}
