import type { Metric } from "../metric";
import { changeToRedraw } from "./change-to-redraw";
import { checkCli } from "./check-cli";
import { dashboardModel, dashboardModelFirst } from "./dashboard-model";
import { dashboardRender } from "./dashboard-render";
import { indexCold, indexColdLinks, indexColdNotes } from "./index-cold";
import { indexRename, indexUpdate } from "./index-update";
import { naiveReparse } from "./naive-reparse";
import { pluginOnload, pluginOnloadFloor } from "./plugin-onload";

/** Every figure of the bench, in the order measured: in-process first, whole processes last. */
export const METRICS: readonly Metric[] = [
	indexCold,
	indexColdNotes,
	indexColdLinks,
	indexUpdate,
	indexRename,
	dashboardModel,
	dashboardModelFirst,
	dashboardRender,
	naiveReparse,
	pluginOnloadFloor,
	pluginOnload,
	changeToRedraw,
	checkCli,
];
