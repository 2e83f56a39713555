import { isDay } from "../../core/dates/local-day";
import { sameName } from "../../core/index/my-notes";
import { buildSession } from "../../core/notes/build-session";
import { SESSION_STATUSES } from "../../core/schema/kinds";
import type { SessionStatus } from "../../core/schema/kinds";
import type { Services } from "../services";
import { ui } from "../ui-language";
import { suggestValues, themeChoices } from "../planning/suggest-values";
import { DraftFormModal } from "./draft-form-modal";
import { listOfNames, optionalWhole } from "./form-values";
import { nameField, requireName } from "./name-field";

/** New session: one meeting of a trajectory, with who brings a case and who leads. */
export class SessionModal extends DraftFormModal {
	constructor(private readonly services: Services) {
		const notes = services.myNotes();
		const trajectory = notes.trajectories()[0] ?? null;
		const count = trajectory ? notes.sessions().filter((s) => notes.resolve(s.trajectory, s.path) === trajectory.path).length : notes.sessions().length;
		super(services.app, services.drafts, "session", {
			date: services.today(),
			number: String(count + 1),
			trajectory: trajectory?.path ?? "",
			status: "planned",
			facilitator: trajectory?.facilitator ?? "",
			method: services.settings().defaultMethod,
		});
	}

	protected title(): string {
		return ui().session.title;
	}

	protected submitLabel(): string {
		return ui().session.create;
	}

	protected build(el: HTMLElement): void {
		const t = ui().session;
		const common = ui().common;
		nameField(this, el, this.services);
		this.textField(el, "date", common.date, { type: "date" });
		this.textField(el, "number", t.number, { type: "number" });
		this.noteField(el, "trajectory", common.trajectory, common.noTrajectory, this.services.myNotes().trajectories(), (tr) => tr.name);
		this.choiceField(el, "status", t.status, SESSION_STATUSES.map((s) => [s, t.statuses[s]] as const));
		this.textField(el, "caseBringers", t.caseBringers, { desc: t.caseBringersDesc });
		this.textField(el, "facilitator", t.facilitator, { desc: t.facilitatorDesc });
		this.textField(el, "noteTaker", t.noteTaker, { desc: t.noteTakerDesc });
		this.methodField(el, "method", this.services.methods().all());
		const theme = this.textField(el, "theme", t.theme, { placeholder: t.themePlaceholder }).controlEl.querySelector("input");
		if (theme) suggestValues(theme, themeChoices(this.services));
		this.textField(el, "attendance", t.attendance, { desc: t.attendanceDesc });
	}

	protected async submit(): Promise<boolean> {
		const t = ui().session;
		if (!requireName(this, this.services)) return false;
		const date = this.value("date").trim();
		if (!isDay(date)) return this.refuse(ui().notices.invalidDate(ui().common.date));
		const number = optionalWhole(this.value("number"));
		if (!number.ok) return this.refuse(ui().notices.invalidNumber(t.number));
		const caseBringers = listOfNames(this.value("caseBringers"));
		const facilitator = this.value("facilitator").trim() || null;
		if (facilitator && caseBringers.some((name) => sameName(name, facilitator))) return this.refuse(t.facilitatorIsCaseBringer);
		const trajectoryPath = this.value("trajectory");
		const status = this.value("status");
		const draft = buildSession(
			{
				date,
				number: number.value,
				trajectory: trajectoryPath ? this.services.linktext(trajectoryPath) : null,
				status: (SESSION_STATUSES as readonly string[]).includes(status) ? (status as SessionStatus) : "planned",
				caseBringers,
				facilitator,
				noteTaker: this.value("noteTaker").trim() || null,
				method: this.value("method") || null,
				theme: this.value("theme").trim() || null,
				attendance: listOfNames(this.value("attendance")),
			},
			this.services.creation("session"),
			this.services.noteTexts(),
		);
		return (await this.services.writer.createAndOpen(draft)) !== null;
	}
}
