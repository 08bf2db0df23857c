// The comparison charts' strings and scenario labels, from the message catalogue in the language
// in use (the dashboard's chart strings plus the comparison's own).

import type { CompareContext, CompareText } from '$lib/charts';
import type { ChartTheme } from '$lib/charts';
import type { ComparedScenario } from '$lib/compare/types';
import type { Locale } from '$lib/model';
import { indexDifferenceText, pointsText } from '$lib/format';
import { chartText } from '$lib/i18n/chart-text';
import { tr, uiLocale } from '$lib/i18n/text';
import { m } from '$lib/paraglide/messages';

export function compareText(): CompareText {
	return {
		seriesColumn: (scenario, column) => m.compare_series_column({ scenario, column }),
		statesAt: (date) => m.compare_chart_states({ date }),
		scenario: m.compare_table_scenario(),
		gapKinds: {
			driver: m.compare_gap_kind_driver(),
			event: m.compare_gap_kind_event(),
			unmodelled: m.compare_gap_kind_unmodelled()
		},
		input: m.compare_gap_input(),
		kindColumn: m.compare_gap_kind(),
		pointsColumn: (metric) => m.compare_gap_points_column({ metric }),
		indexColumn: m.compare_gap_index_column(),
		allInputs: m.compare_gap_all_inputs(),
		pointsNumber: (difference) => pointsText(difference, uiLocale()),
		points: (value) => m.compare_points({ value }),
		indexDifference: (difference) => indexDifferenceText(difference, uiLocale()),
		bothUnits: (points, index) => m.compare_both_units({ points, index }),
		gapAxis: (metric) => m.compare_gap_axis({ metric }),
		gapCaption: (p) => m.compare_gap_caption({ ...p, date: p.time, identical: String(p.identical) })
	};
}

export function compareContext(theme: ChartTheme): CompareContext {
	return { rtl: uiLocale() === 'ar', theme, text: chartText(), compare: compareText() };
}

/** "Baseline: the current course", or "My scenario r3" for a saved revision. */
export function scenarioLabel(s: Pick<ComparedScenario, 'title' | 'revision'>): string {
	const title = tr(s.title);
	return s.revision === null ? title : m.compare_label_revision({ title, revision: s.revision });
}

/** A difference to the reference in percentage points, beside a headline number: "−13.1 pp vs reference". */
export function ppVsReference(difference: number): string {
	return m.compare_pp_vs_reference({ value: isolatedPoints(difference) });
}

/**
 * Signed points isolated left to right ("−23.7"): in Arabic a mark in front of the sign is not
 * enough at the start of a right-to-left line, where the sign showed after the digits.
 */
export function isolatedPoints(difference: number, lang: Locale = uiLocale()): string {
	const text = pointsText(difference, 'en');
	return lang === 'ar' ? `\u2066${text}\u2069` : text;
}

/** The same, naming the reference, for screen readers and tooltips. */
export function ppVsNamed(difference: number, reference: Pick<ComparedScenario, 'title' | 'revision'>): string {
	return m.compare_pp_vs_named({ value: isolatedPoints(difference), reference: scenarioLabel(reference) });
}
