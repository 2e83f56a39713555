import { isSharedCopy } from "../../core/groups/shared-copy";
import { normalizePath, Notice, stringifyYaml, TFile } from "obsidian";
import { memberFolderOf, groupFolderOf } from "../../core/groups/group-folders";
import { shareTarget } from "../../core/groups/share-target";
import { myTrajectories, trajectoryOfNote } from "../../core/groups/trajectory-of-note";
import { SHARING_STRINGS } from "../../core/i18n/sharing-strings";
import type { SharingStrings } from "../../core/i18n/sharing-strings";
import { newNoteId } from "../../core/notes/note-id";
import { findPropertiesBlock } from "../../core/markdown/properties-block";
import { failingPrivate, makeShareable } from "../../core/privacy/make-shareable";
import { markedPreview } from "../../core/privacy/marked-copy";
import { mightBePrivate } from "../../core/privacy/might-be-private";
import { propertiesWithinBound } from "../../core/yaml/properties-bound";
import { NotePrefixes, privateTargetRule } from "../../core/privacy/private-target";
import { withSettledPrivacy } from "../../core/privacy/settle-privacy";
import { knownKindOf, setId, sharedCopyProperties } from "../../core/schema/note-properties";
import type { TrajectoryNote } from "../../core/schema/notes";
import { editFrontmatter } from "../frontmatter-editor";
import { reason } from "../note-writer";
import type { Services } from "../services";
import { privacyOfPaths, privacySignsOf } from "../privacy/note-privacy";
import { uiLanguage } from "../ui-language";
import { ensureFolder, pathExists, writablePath } from "../vault-paths";
import { ShareModal } from "./share-modal";
import { idOf, myCopies, trashCopy } from "./shared-copies";
import { ListSuggestModal } from "../modals/list-suggest-modal";

const strings = (): SharingStrings => SHARING_STRINGS[uiLanguage()];

/** Share with group: the active note's shareable version into my subfolder of the group folder. */
export function shareWithGroup(services: Services): void {
	const file = shareableFile(services);
	if (!file) return;
	withTrajectory(services, file, (trajectory) => void previewShare(services, file, trajectory));
}

function shareableFile(services: Services): TFile | null {
	const t = strings();
	const file = services.app.workspace.getActiveFile();
	if (!file || file.extension !== "md") {
		new Notice(t.openNote);
		return null;
	}
	if (!services.settings().myName) {
		new Notice(t.needName);
		return null;
	}
	const frontmatter = services.app.metadataCache.getFileCache(file)?.frontmatter ?? null;
	if (isSharedCopy(file.path, frontmatter, services.settings().groupsFolder)) {
		new Notice(t.isCopy);
		return null;
	}
	if (frontmatter && !propertiesWithinBound(frontmatter)) {
		new Notice(t.unreadable);
		return null;
	}
	if (mightBePrivate({ frontmatter, tags: (services.app.metadataCache.getFileCache(file)?.tags ?? []).map((tag) => tag.tag) })) {
		new Notice(t.isPrivate);
		return null;
	}
	return file;
}

function withTrajectory(services: Services, file: TFile, then: (trajectory: TrajectoryNote) => void): void {
	const t = strings();
	const index = services.index();
	const own = trajectoryOfNote(file.path, index, (link, from) => (link ? services.resolver.resolve(link, from) : null));
	if (own) return then(own);
	const mine = myTrajectories(index, services.settings().myName);
	const all = mine.length ? mine : index.ofKind("trajectory");
	if (all.length === 0) {
		new Notice(t.noTrajectory);
		return;
	}
	if (all.length === 1 && all[0]) return then(all[0]);
	new ListSuggestModal(services.app, all, t.chooseTrajectory, (trajectory) => trajectory.name, then).open();
}

async function previewShare(services: Services, file: TFile, trajectory: TrajectoryNote): Promise<void> {
	const t = strings();
	const { app } = services;
	const me = services.settings().myName;
	const text = await app.vault.read(file);
	const cached = app.metadataCache.getFileCache(file)?.frontmatter;
	// Read from the text itself: the cache may not see properties (unreadable, or behind a byte-order mark).
	const signs = await privacySignsOf(app, file, text);
	if (signs.unreadable || mightBePrivate(signs)) {
		new Notice(signs.unreadable ? t.unreadable : t.isPrivate);
		return;
	}
	const block = findPropertiesBlock(text);
	if (!cached && block) {
		new Notice(t.unreadable);
		return;
	}
	const frontmatter = { ...(cached ?? {}) } as Record<string, unknown>;
	const body = block ? text.slice(block.bodyStart) : text;
	const prefixes = new NotePrefixes(app.vault.getMarkdownFiles().map((f) => f.path));
	const targetRule = (isPrivatePath: (path: string) => boolean) =>
		privateTargetRule({
			// Resolved as my own notes' links are (never to a member's copy), so my private note of that name is found.
			resolve: (link) => services.resolver.resolve(link, file.path),
			isPrivatePath,
			namedAtStartOf: (target) => prefixes.namedAtStartOf(target),
		});
	let settled: (path: string) => boolean = () => true;
	const result = await withSettledPrivacy(
		(isPrivatePath) => {
			settled = isPrivatePath;
			return makeShareable({ frontmatter, body, isPrivateTarget: targetRule(isPrivatePath), privateLabel: t.privateLabel });
		},
		(paths) => privacyOfPaths(app, paths),
	);
	if (result.kind === "private-note") {
		new Notice(t.isPrivate);
		return;
	}
	const existingId = idOf(app, file);
	// An id for a note that has none yet: ours get their kind as prefix, any other note `note`.
	const id = existingId ?? newNoteId(knownKindOf(frontmatter) ?? "note", services.today());
	const memberFolder = memberFolderOf(groupFolderOf(trajectory, services.settings().groupsFolder), me);
	const target = shareTarget(memberFolder, file.basename, id, myCopies(services, me), (path) => pathExists(app, path));
	const copyFrontmatter = sharedCopyProperties(result.frontmatter, id, services.today());
	const copyText = `---\n${stringifyYaml(copyFrontmatter)}---\n${result.body}`;

	new ShareModal(
		app,
		{
			title: file.basename,
			sourcePath: file.path,
			targetPath: target.path,
			updating: target.kind === "update",
			renameTo: target.kind === "update" ? target.renameTo : null,
			addsId: existingId === null,
			omitted: result.omitted,
			// The copy as it will be written, with a highlighted word where a private part was left out.
			markedBody: markedPreview(body, failingPrivate(targetRule(settled)), t.privateLabel, result.body, (what) => t.leftOutMark(t.what[what])),
		},
		t,
		{
			share: async () => {
				try {
					// Only ever into my own subfolder of the group folder, inside the groups folder, inside the vault.
					writablePath(memberFolder, services.settings().groupsFolder);
					writablePath(target.path, memberFolder);
					if (target.kind === "update" && target.renameTo) writablePath(target.renameTo, memberFolder);
					if (existingId === null && !(await editFrontmatter(app, file, setId(id)))) return;
					await ensureFolder(app, memberFolder);
					let path = target.path;
					if (target.kind === "create") {
						await app.vault.create(normalizePath(path), copyText);
					} else {
						const copy = app.vault.getAbstractFileByPath(path);
						if (!(copy instanceof TFile)) throw new Error(`${path} is gone`);
						await app.vault.process(copy, () => copyText);
						if (target.renameTo) {
							await app.fileManager.renameFile(copy, target.renameTo);
							path = target.renameTo;
						}
					}
					new Notice(t.shared(path, result.omitted.length));
				} catch (error) {
					new Notice(t.failed(reason(error)));
				}
			},
			withdraw: target.kind === "update" ? () => trashCopy(services, target.path) : null,
		},
	).open();
}
