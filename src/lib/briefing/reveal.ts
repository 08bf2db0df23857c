// Step-by-step reveal of a comparison chart: the reference scenario first, then each alternative.
// The chart keeps every scenario's data and its axes from the start (so nothing rescales as the
// series arrive); the ones not yet revealed are hidden, and so are their legend entries.

import type { ChartConfiguration, LegendItem } from 'chart.js';
import type { CompareChartKind } from '$lib/charts/compare-registry';

/** Which scenario a dataset belongs to, by the layout of the comparison builders. */
function scenarioOf(chart: CompareChartKind, datasetIndex: number, scenarios: number, datasets: number): number {
	// compareIndexChart: n medians, then a p25 and a p75 edge per scenario.
	if (chart === 'index') return datasetIndex < scenarios ? datasetIndex : Math.floor((datasetIndex - scenarios) / 2);
	// compareOutcomesChart: each scenario's outcomes in a run, one line per outcome.
	if (chart === 'outcomes') return Math.floor(datasetIndex / Math.max(1, datasets / scenarios));
	return datasetIndex;
}

function numbers(config: ChartConfiguration): number[] {
	return config.data.datasets.flatMap((d) =>
		d.data.filter((v): v is number => typeof v === 'number' && Number.isFinite(v))
	);
}

/**
 * The config with only the first `shown` scenarios visible (all of them when `shown` ≥ count).
 * Line charts (index, rupture) hide whole datasets; the grouped bars (states) blank the later
 * scenarios' groups, since there a dataset is an outcome and a group is a scenario.
 */
export function revealScenarios(
	config: ChartConfiguration,
	chart: CompareChartKind,
	scenarios: number,
	shown: number
): ChartConfiguration {
	if (shown >= scenarios) return config;
	const visible = (datasetIndex: number) =>
		scenarioOf(chart, datasetIndex, scenarios, config.data.datasets.length) < shown;
	const values = numbers(config);
	const datasets = config.data.datasets.map((dataset, i) => {
		if (chart === 'states') return { ...dataset, data: dataset.data.map((v, group) => (group < shown ? v : null)) };
		return visible(i) ? dataset : { ...dataset, hidden: true };
	});
	const options = config.options ?? {};
	const legend = options.plugins?.legend;
	const keep = legend?.labels?.filter;
	const y = options.scales?.y;
	return {
		...config,
		data: { ...config.data, datasets },
		options: {
			...options,
			// Hidden datasets leave Chart.js's auto range; the full data's range keeps the axis still.
			scales:
				y && chart !== 'states' && values.length > 0
					? { ...options.scales, y: { ...y, suggestedMin: Math.min(...values), suggestedMax: Math.max(...values) } }
					: options.scales,
			plugins: {
				...options.plugins,
				legend: {
					...legend,
					labels: {
						...legend?.labels,
						filter: (item: LegendItem, data) =>
							(chart === 'states' || visible(item.datasetIndex ?? 0)) && (keep ? keep(item, data) : true)
					}
				}
			}
		}
	};
}
