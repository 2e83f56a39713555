import type { SessionRef } from "../../core/facilitator/facilitator-model";
import { formatDay } from "../dashboard/format";
import type { FacilitatorSectionContext } from "./facilitator-context";

/** "Session 2" / "Bijeenkomst 2". */
export function sessionName(session: SessionRef, { t }: FacilitatorSectionContext): string {
	return t.session.title(session.number);
}

/** "10 Feb 2026", or "No date". */
export function sessionDay(session: SessionRef, { t, d }: FacilitatorSectionContext): string {
	return session.date === null ? t.session.noDate : formatDay(session.date, d);
}

/** "Session 2, 10 Feb 2026". */
export function sessionLabel(session: SessionRef, ctx: FacilitatorSectionContext): string {
	return `${sessionName(session, ctx)}, ${sessionDay(session, ctx)}`;
}
