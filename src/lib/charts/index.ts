// The charts' public surface: pure builders and types. `register` and `png` touch Chart.js at
// run time and are exported too, for the component and the export buttons.

export type * from './types';
export { chartPalette, contrastRatio, luminance, FONT_FAMILY, type ChartPalette } from './palette';
export { stateProbabilitiesChart, stateProbabilitiesTable } from './state-probabilities';
export { indexFanChart, indexFanTable, type IndexFanOptions } from './index-fan';
export { ruptureRiskChart, ruptureRiskTable } from './rupture-risk';
export { contributionsChart, contributionsTable, contributionRows } from './contributions';
export { tornadoChart, tornadoTable, type TornadoNames } from './tornado';
export { uncertaintyChart, uncertaintyTable, largestSource, UNCERTAINTY_SOURCES } from './uncertainty';
export { baseLinePlugin, type BaseLineOptions } from './base-line';
export { barValuesPlugin, type BarValuesOptions } from './bar-values';
export { signed } from './format';
export { plainCopy } from './plain-copy';
export { registerCharts } from './register';
export { renderChartPng, downloadBlob, type PngOptions } from './png';
export {
	compareSeriesStyle,
	SERIES_COLORS,
	type CompareContext,
	type CompareSeries,
	type CompareText,
	type GapCaptionParts,
	type SeriesStyle
} from './compare-series';
export { compareIndexChart, compareIndexTable } from './compare-index';
export { compareStatesChart, compareStatesTable, clampStep } from './compare-states';
export { compareRuptureChart, compareRuptureTable } from './compare-rupture';
export { driverLabels, eventLabels, outcomeColor, outcomeStyles, FALLBACK_OUTCOME_COLOR } from './model-styles';
export {
	compareGapChart,
	compareGapTable,
	gapPartText,
	gapRows,
	identicalCount,
	type GapKind,
	type GapLabels,
	type GapNames,
	type GapRow
} from './compare-gap';
export type { ChartEntry } from './chart-entry';
export {
	SCENARIO_CHARTS,
	scenarioChartKinds,
	type ScenarioChartConfigs,
	type ScenarioChartData,
	type ScenarioChartInputs,
	type ScenarioChartKind
} from './registry';
export { metricLabel, scenarioChartData } from './chart-data';
export {
	COMPARE_CHARTS,
	COMPARE_CHART_KINDS,
	COMPARE_PAGE_KINDS,
	GAP_CHART,
	gapMetricName,
	type CompareChartConfigs,
	type CompareChartData,
	type CompareChartInputs,
	type CompareChartKind,
	type GapChartData
} from './compare-registry';
