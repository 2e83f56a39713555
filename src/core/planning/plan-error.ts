/** A plan that cannot be made from the input; the message says what to change. */
export class PlanError extends Error {
	override name = "PlanError";
}
