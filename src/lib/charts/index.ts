// The charts' public surface: pure builders and types. `register` and `png` touch Chart.js at
// run time and are exported too, for the component and the export buttons.

export type * from './types';
export { chartPalette, contrastRatio, luminance, FONT_FAMILY, type ChartPalette } from './palette';
export { stateProbabilitiesChart, stateProbabilitiesTable } from './state-probabilities';
export { indexFanChart, indexFanTable, type IndexFanOptions } from './index-fan';
export { ruptureRiskChart, ruptureRiskTable } from './rupture-risk';
export { contributionsChart, contributionsTable, contributionRows } from './contributions';
export { tornadoChart, tornadoTable } from './tornado';
export { baseLinePlugin, type BaseLineOptions } from './base-line';
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
	type SeriesStyle
} from './compare-series';
export { compareIndexChart, compareIndexTable } from './compare-index';
export { compareStatesChart, compareStatesTable, clampStep } from './compare-states';
export { compareRuptureChart, compareRuptureTable } from './compare-rupture';
export { driverLabels, outcomeColor, outcomeStyles, FALLBACK_OUTCOME_COLOR } from './model-styles';
export { compareGapChart, compareGapTable, gapRows, type GapNames } from './compare-gap';
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
	type CompareChartConfigs,
	type CompareChartData,
	type CompareChartInputs,
	type CompareChartKind,
	type GapChartData
} from './compare-registry';
