import type { Metric } from "../metric";
import { changeToRedraw } from "./change-to-redraw";
import { checkCli, checkCliDistinct, checkCliPlain, checkCliSameName, checkFloor, checkFloorPlain } from "./check-cli";
import { dashboardHeap100k, dashboardModel, dashboardModelFirst, dashboardModelFirst100k, dashboardModelG21, indexCold100k } from "./dashboard-model";
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
	dashboardModelG21,
	dashboardModelFirst,
	dashboardRender,
	naiveReparse,
	pluginOnloadFloor,
	pluginOnload,
	changeToRedraw,
	indexCold100k,
	dashboardModelFirst100k,
	dashboardHeap100k,
	checkFloor,
	checkCli,
	checkFloorPlain,
	checkCliPlain,
	checkCliDistinct,
	checkCliSameName,
];
