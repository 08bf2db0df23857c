// The charts' strings, from the message catalogue in the language in use.

import type { ChartText } from '$lib/charts';
import { numberText, percentText, quarterText } from '$lib/format';
import type { Locale } from '$lib/model';
import { m } from '$lib/paraglide/messages';
import { uiLocale } from './text';

/** In the interface language unless told: the CLI's exports choose theirs (`--lang`). */
export function chartText(locale: Locale = uiLocale()): ChartText {
	const o = { locale };
	return {
		outcomeProbabilities: m.chart_states({}, o),
		cohesionIndex: m.chart_index({}, o),
		ruptureRisk: m.chart_rupture({}, o),
		contributionsAt: (time) => m.chart_contributions({ date: time }, o),
		sensitivity: (metric, base) => m.chart_sensitivity_caption({ metric, base }, o),
		probability: m.axis_probability({}, o),
		date: m.table_time({}, o),
		driver: m.table_driver({}, o),
		contribution: m.axis_contribution({}, o),
		band90: m.band_90({}, o),
		band50: m.band_50({}, o),
		median: m.band_median({}, o),
		mean: m.band_mean({}, o),
		percentile: (p) => m.chart_percentile({ p }, o),
		pushesUp: m.pushes_up({}, o),
		pushesDown: m.pushes_down({}, o),
		lowEnd: m.tornado_low({}, o),
		highEnd: m.tornado_high({}, o),
		swing: m.chart_swing({}, o),
		base: (value) => m.chart_base({ value }, o),
		baseLine: (value) => m.tornado_base_line({ value }, o),
		input: m.table_input({}, o),
		tornadoEnds: {
			assessmentLow: m.tornado_assessment_low({}, o),
			assessmentHigh: m.tornado_assessment_high({}, o),
			eventOff: m.tornado_event_off({}, o),
			eventOn: m.tornado_event_on({}, o),
			weightLow: m.tornado_weight_low({}, o),
			weightHigh: m.tornado_weight_high({}, o),
			eitherLow: m.tornado_legend_low({}, o),
			eitherHigh: m.tornado_legend_high({}, o),
			eitherLowShort: m.tornado_legend_low_short({}, o),
			eitherHighShort: m.tornado_legend_high_short({}, o)
		},
		sources: {
			ranges: m.source_ranges({}, o),
			events: m.source_events({}, o),
			unmodelled: m.source_unmodelled({}, o),
			interaction: m.source_interaction({}, o)
		},
		largestSource: (source, share) => m.chart_uncertainty_largest({ source, value: share }, o),
		uncertaintyShare: m.axis_uncertainty_share({}, o),
		source: m.table_source({}, o),
		percentColumn: (label) => m.chart_percent_column({ label }, o),
		pointsColumn: (label) => m.chart_points_column({ label }, o),
		percent: percentText,
		number: (value) => numberText(value, locale),
		time: (label) => quarterText(label, locale)
	};
}
