import { buildDashboard } from "../../../src/core/dashboard/build-dashboard";
import type { Metric } from "../metric";
import { repeat, timed } from "../measure";
import { dashboardInput } from "./dashboard-input";

/** The dashboard's model for the busiest member, from the loaded indexes (the running trajectory, active goals). */
export const dashboardModel: Metric = {
	name: "dashboard_model",
	target: 5,
	measure: ({ vault }) => {
		const input = dashboardInput(vault);
		const model = buildDashboard(input);
		if (model.empty || model.header === null || model.goals.rows.length === 0) throw new Error("the dashboard of the busiest member came out empty");
		return repeat({ warmup: 5, runs: 30 }, () => timed(() => buildDashboard(input)));
	},
};

/**
 * The first model after start-up: fresh indexes, so every note it shows is read from its properties and
 * every link it follows is resolved for the first time. What opening the dashboard costs once.
 */
export const dashboardModelFirst: Metric = {
	name: "dashboard_model_first",
	measure: ({ vault }) => repeat({ warmup: 3, runs: 20 }, () => {
		const input = dashboardInput(vault);
		return timed(() => buildDashboard(input));
	}),
};
