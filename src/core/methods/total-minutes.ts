import type { IntervisieMethod } from "./method";

/** The default length of a method in minutes: the sum of its steps. */
export function totalMinutes(method: Pick<IntervisieMethod, "steps">): number {
	return method.steps.reduce((sum, step) => sum + step.minutes, 0);
}
