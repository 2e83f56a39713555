import type { Plugin } from "obsidian";
import { CaseModal } from "../modals/case-modal";
import { EvaluationModal } from "../modals/evaluation-modal";
import { GoalModal } from "../modals/goal-modal";
import { IntakeModal } from "../modals/intake-modal";
import { ACTION_STRINGS } from "../../core/i18n/action-strings";
import { markCaseReadyCommand } from "./mark-case-ready";
import { loadPreviousActions } from "../modals/previous-actions";
import { ReportModal } from "../modals/report-modal";
import { SessionModal } from "../modals/session-modal";
import { TrajectoryModal } from "../modals/trajectory-modal";
import type { Services } from "../services";
import { BASES_STRINGS } from "../../core/i18n/bases-strings";
import { RUN_STRINGS } from "../../core/i18n/run-strings";
import { THREE_PARTY_STRINGS } from "../../core/i18n/three-party-strings";
import { EXPORT_STRINGS } from "../../core/i18n/export-strings";
import { SHARING_STRINGS } from "../../core/i18n/sharing-strings";
import { exportTrajectoryReport } from "../report/export-report";
import { makeSelectionPrivate } from "../sharing/make-private-command";
import { shareWithGroup } from "../sharing/share-with-group";
import { withdrawSharedCopy } from "../sharing/shared-copies";
import { runSession } from "../facilitation/run-session-command";
import { moveOrCancelSession } from "../planning/move-command";
import { planSessions } from "../planning/plan-command";
import { planningUi } from "../planning/planning-ui";
import { ui, uiLanguage } from "../ui-language";
import { createBasesViews } from "./create-bases";
import { linkActiveNoteToGoal } from "./link-to-goal";
import { setGoalStatus } from "./set-goal-status";
import { turnActiveNoteInto } from "./turn-into";

/** Every palette command; names in sentence case in Obsidian's language, no default hotkeys. */
export function registerCommands(plugin: Plugin, services: Services): void {
	const names = ui().commands;
	const previousActions = () => loadPreviousActions(services.app, services.myNotes().lastReport());
	plugin.addCommand({ id: "new-trajectory", name: names.newTrajectory, callback: () => new TrajectoryModal(services).open() });
	plugin.addCommand({ id: "new-session", name: names.newSession, callback: () => new SessionModal(services).open() });
	plugin.addCommand({ id: "plan-sessions", name: planningUi().commands.planSessions, callback: () => planSessions(services) });
	plugin.addCommand({ id: "move-or-cancel-session", name: planningUi().commands.moveOrCancel, callback: () => moveOrCancelSession(services) });
	plugin.addCommand({ id: "run-session", name: RUN_STRINGS[uiLanguage()].command, callback: () => runSession(services) });
	const sharing = SHARING_STRINGS[uiLanguage()].commands;
	plugin.addCommand({ id: "share-with-group", name: sharing.share, callback: () => shareWithGroup(services) });
	plugin.addCommand({ id: "withdraw-shared-copy", name: sharing.withdraw, callback: () => withdrawSharedCopy(services) });
	plugin.addCommand({ id: "export-trajectory-report", name: EXPORT_STRINGS[uiLanguage()].command, callback: () => exportTrajectoryReport(services) });
	plugin.addCommand({ id: "make-selection-private", name: sharing.makePrivate, editorCallback: (editor) => makeSelectionPrivate(editor) });
	plugin.addCommand({ id: "new-goal", name: names.newGoal, callback: () => new GoalModal(services).open() });
	plugin.addCommand({
		id: "prepare-case",
		name: names.prepareCase,
		callback: async () => new CaseModal(services, await previousActions()).open(),
	});
	plugin.addCommand({
		id: "write-report",
		name: names.writeReport,
		callback: async () => new ReportModal(services, await previousActions()).open(),
	});
	const threeParty = THREE_PARTY_STRINGS[uiLanguage()].commands;
	plugin.addCommand({ id: "new-intake", name: threeParty.newIntake, callback: () => new IntakeModal(services).open() });
	plugin.addCommand({ id: "new-evaluation", name: threeParty.newEvaluation, callback: () => new EvaluationModal(services).open() });
	plugin.addCommand({ id: "link-to-goal", name: names.linkToGoal, callback: () => linkActiveNoteToGoal(services) });
	plugin.addCommand({ id: "mark-case-ready", name: ACTION_STRINGS[uiLanguage()].markReadyCommand, callback: () => markCaseReadyCommand(services) });
	plugin.addCommand({ id: "set-goal-status", name: names.setGoalStatus, callback: () => setGoalStatus(services) });
	plugin.addCommand({ id: "turn-into-goal", name: names.turnIntoGoal, callback: () => turnActiveNoteInto("goal", services) });
	plugin.addCommand({ id: "turn-into-case", name: names.turnIntoCase, callback: () => turnActiveNoteInto("case", services) });
	plugin.addCommand({ id: "turn-into-report", name: names.turnIntoReport, callback: () => turnActiveNoteInto("report", services) });
	plugin.addCommand({ id: "create-bases", name: BASES_STRINGS[uiLanguage()].command, callback: () => createBasesViews(services) });
}
