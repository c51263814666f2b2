/** The scale model's parts that hydrate only when needed (see `deferredPart`). */
import type { ScaleModelInputs } from '../../../lib/scale-model';
import { deferredPart } from '../DeferredPart';
import ChartsPart from './ChartsPart';
import MonthsPart from './MonthsPart';
import SensitivityPart from './SensitivityPart';
import ScenariosPart from './ScenariosPart';

/** Headcount, output and cost charts. */
export const DeferredCharts = deferredPart(ChartsPart);
/** The month table and the requisitions. */
export const DeferredMonths = deferredPart(MonthsPart, { controls: false });
/** The sensitivity analysis and its tornado chart. */
export const DeferredSensitivity = deferredPart(SensitivityPart);
/** Saved scenarios and their comparison. */
export const DeferredScenarios = deferredPart<{ onLoad: (inputs: ScaleModelInputs) => void }>(ScenariosPart);
