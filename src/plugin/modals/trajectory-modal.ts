import { buildTrajectory } from "../../core/notes/build-trajectory";
import type { Services } from "../services";
import { ui } from "../ui-language";
import { DraftFormModal } from "./draft-form-modal";
import { listOfNames, optionalDay, optionalWhole } from "./form-values";
import { nameField, requireName } from "./name-field";

const DEFAULT_SESSIONS = 5;

/** New trajectory: the group, its period, its facilitator and its rating scale. */
export class TrajectoryModal extends DraftFormModal {
	constructor(private readonly services: Services) {
		const settings = services.settings();
		super(services.app, services.drafts, "trajectory", {
			start: services.today(),
			members: settings.myName,
			sessions: String(DEFAULT_SESSIONS),
			scaleMin: String(settings.scaleMin),
			scaleMax: String(settings.scaleMax),
		});
	}

	protected title(): string {
		return ui().trajectory.title;
	}

	protected submitLabel(): string {
		return ui().trajectory.create;
	}

	protected build(el: HTMLElement): void {
		const t = ui().trajectory;
		nameField(this, el, this.services);
		this.textField(el, "name", t.name, { placeholder: t.namePlaceholder });
		this.textField(el, "start", t.start, { type: "date" });
		this.textField(el, "end", t.end, { type: "date" });
		this.areaField(el, "members", t.members, { desc: t.membersDesc });
		this.textField(el, "facilitator", t.facilitator, { desc: t.facilitatorDesc });
		this.textField(el, "sessions", t.sessionsPlanned, { type: "number" });
		this.textField(el, "scaleMin", t.scaleMin, { type: "number" });
		this.textField(el, "scaleMax", t.scaleMax, { type: "number" });
	}

	protected async submit(): Promise<boolean> {
		const t = ui().trajectory;
		const notices = ui().notices;
		if (!requireName(this, this.services)) return false;
		const name = this.value("name").trim();
		if (!name) return this.refuse(notices.required(t.name));
		const start = optionalDay(this.value("start"));
		if (!start.ok) return this.refuse(notices.invalidDate(t.start));
		const end = optionalDay(this.value("end"));
		if (!end.ok) return this.refuse(notices.invalidDate(t.end));
		const sessions = optionalWhole(this.value("sessions"));
		if (!sessions.ok) return this.refuse(notices.invalidNumber(t.sessionsPlanned));
		const min = optionalWhole(this.value("scaleMin"));
		const max = optionalWhole(this.value("scaleMax"));
		if (!min.ok || !max.ok || (min.value ?? 1) >= (max.value ?? 10)) return this.refuse(notices.invalidNumber(`${t.scaleMin} / ${t.scaleMax}`));
		const members = listOfNames(this.value("members"));
		const draft = buildTrajectory(
			{
				name,
				start: start.value,
				end: end.value,
				members,
				facilitator: this.value("facilitator").trim() || null,
				sessionsPlanned: sessions.value,
				scaleMin: min.value ?? 1,
				scaleMax: max.value ?? 10,
			},
			this.services.creation("trajectory"),
			this.services.noteTexts(),
		);
		return (await this.services.writer.createAndOpen(draft)) !== null;
	}
}
