// The charts' strings, from the message catalogue in the language in use.

import type { ChartText } from '$lib/charts';
import { m } from '$lib/paraglide/messages';
import { formatNumber, formatPercent, timeLabel } from './text';

export function chartText(): ChartText {
	return {
		outcomeProbabilities: m.chart_states(),
		cohesionIndex: m.chart_index(),
		ruptureRisk: m.chart_rupture(),
		contributionsAt: (time) => m.chart_contributions({ date: time }),
		sensitivity: (metric, base) => m.chart_sensitivity_caption({ metric, base }),
		probability: m.axis_probability(),
		date: m.table_time(),
		driver: m.table_driver(),
		contribution: m.axis_contribution(),
		band90: m.band_90(),
		band50: m.band_50(),
		median: m.band_median(),
		mean: m.band_mean(),
		percentile: (p) => m.chart_percentile({ p }),
		pushesUp: m.pushes_up(),
		pushesDown: m.pushes_down(),
		lowEnd: m.tornado_low(),
		highEnd: m.tornado_high(),
		swing: m.chart_swing(),
		base: (value) => m.chart_base({ value }),
		baseLine: (value) => m.tornado_base_line({ value }),
		input: m.table_input(),
		tornadoEnds: {
			assessmentLow: m.tornado_assessment_low(),
			assessmentHigh: m.tornado_assessment_high(),
			eventOff: m.tornado_event_off(),
			eventOn: m.tornado_event_on(),
			weightLow: m.tornado_weight_low(),
			weightHigh: m.tornado_weight_high(),
			eitherLow: m.tornado_legend_low(),
			eitherHigh: m.tornado_legend_high()
		},
		sources: {
			ranges: m.source_ranges(),
			events: m.source_events(),
			unmodelled: m.source_unmodelled(),
			interaction: m.source_interaction()
		},
		largestSource: (source, share) => m.chart_uncertainty_largest({ source, value: share }),
		uncertaintyShare: m.axis_uncertainty_share(),
		source: m.table_source(),
		percentColumn: (label) => m.chart_percent_column({ label }),
		pointsColumn: (label) => m.chart_points_column({ label }),
		percent: formatPercent,
		number: formatNumber,
		time: timeLabel
	};
}
