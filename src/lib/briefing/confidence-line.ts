// The analytic confidence as the briefings say it: under a scenario's key judgments (slides, PDF,
// PowerPoint), ranked by the tornado as the dashboard does; and, for a comparison, a row of the
// headline table with each scenario's level, ranked by weight since Compare computes no tornado
// (docs/model.md#analytic-confidence).

import { CONFIDENCE_WORDS, scenarioConfidence } from '$lib/evidence';
import type { Locale, ModelInput, ScenarioInput, Tornado } from '$lib/model';
import { m } from '$lib/paraglide/messages';

/** "Moderate confidence: of the heaviest drivers, …", or the analyst's level with the derived one beside it. */
export function confidenceLine(
	model: ModelInput,
	scenario: ScenarioInput,
	tornado: Pick<Tornado, 'bars'> | null,
	lang: Locale
): string {
	return scenarioConfidence(model, scenario, tornado).text[lang];
}

/** ["Analytic confidence", "Moderate confidence", "Low confidence (analyst's judgment)", …]. */
export function confidenceRow(
	model: ModelInput,
	scenarios: readonly { scenario: ScenarioInput }[],
	lang: Locale
): string[] {
	const locale = { locale: lang };
	return [
		m.confidence_compare_row({}, locale),
		...scenarios.map(({ scenario }) => {
			const c = scenarioConfidence(model, scenario, null);
			const word = CONFIDENCE_WORDS[c.level][lang];
			return c.overridden ? `${word} (${m.confidence_analysts({}, locale)})` : word;
		})
	];
}
