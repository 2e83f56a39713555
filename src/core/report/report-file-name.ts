import { safeFileName } from "../files/safe-file-name";
import { REPORT_STRINGS } from "../i18n/report-strings";
import type { TrajectoryReportInput } from "./report-input";

/** `2026-06-29 Trajectory report Sanne de Vries` / `… Trajectverslag …`: by date first, like the session reports, and safe on every device. */
export function reportFileName(input: Pick<TrajectoryReportInput, "date" | "member" | "language">): string {
	return safeFileName(`${input.date} ${REPORT_STRINGS[input.language].title} ${input.member}`);
}
