// The comparison charts' strings and scenario labels, from the message catalogue in the language
// in use (the dashboard's chart strings plus the comparison's own).

import type { CompareContext, CompareText } from '$lib/charts';
import type { ChartTheme } from '$lib/charts';
import type { ComparedScenario } from '$lib/compare/types';
import { chartText } from '$lib/i18n/chart-text';
import { tr, uiLocale } from '$lib/i18n/text';
import { m } from '$lib/paraglide/messages';

export function compareText(): CompareText {
	return {
		seriesColumn: (scenario, column) => m.compare_series_column({ scenario, column }),
		statesAt: (date) => m.compare_chart_states({ date }),
		scenario: m.compare_table_scenario(),
		fromWeight: m.compare_from_weight(),
		fromValue: m.compare_from_value(),
		total: m.compare_total(),
		allDrivers: m.compare_all_drivers(),
		gapAxis: m.compare_gap_axis(),
		gapCaption: (other, first, date, gap, residual) => m.compare_gap_caption({ other, first, date, gap, residual })
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
