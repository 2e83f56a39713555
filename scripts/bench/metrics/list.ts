import type { Metric } from "../metric";
import { checkCli } from "./check-cli";
import { dashboardModel } from "./dashboard-model";
import { dashboardRender } from "./dashboard-render";
import { indexCold, indexColdLinks, indexColdNotes } from "./index-cold";
import { indexRename, indexUpdate } from "./index-update";
import { naiveReparse } from "./naive-reparse";
import { pluginOnload, pluginOnloadFloor } from "./plugin-onload";

/** Every figure of the bench, in the order measured: in-process first, whole processes last. */
export const METRICS: readonly Metric[] = [indexCold, indexColdNotes, indexColdLinks, indexUpdate, indexRename, dashboardModel, dashboardRender, naiveReparse, pluginOnloadFloor, pluginOnload, checkCli];
