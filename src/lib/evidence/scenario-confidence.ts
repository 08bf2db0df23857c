// A scenario's analytic confidence as the dashboard, the briefings and `run` give it: the drivers
// ranked by the tornado's swings when it is in, by weight before (docs/model.md#analytic-confidence),
// the analyst's own evidence counted with the model's, and the analyst's level over the derived
// one when the scenario sets it.

import type { ConfidenceOverride, ModelInput, ScenarioInput, Tornado } from '$lib/model';
import { analyticConfidence, type AnalyticConfidence } from './confidence';
import { overrideBecause, overrideText } from './confidence-override';
import { heaviestByTornado, heaviestByWeight } from './heaviness';

export type Heaviness = 'tornado' | 'weight';

export function heaviestDrivers(
	model: Pick<ModelInput, 'drivers'>,
	scenario: Pick<ScenarioInput, 'drivers'>,
	tornado: Pick<Tornado, 'bars'> | null
): { ids: string[]; by: Heaviness } {
	if (tornado && tornado.bars.some((bar) => bar.kind === 'driver'))
		return { ids: heaviestByTornado(tornado), by: 'tornado' };
	return {
		ids: heaviestByWeight(
			scenario,
			model.drivers.map((d) => d.id)
		),
		by: 'weight'
	};
}

/**
 * `level`, `text` and `because` are what to show: the analyst's when overridden. `reason`,
 * `drivers` and `carrying` are always the derived rule's; `derived` keeps its level and words.
 */
export interface ScenarioConfidence extends AnalyticConfidence {
	heaviness: Heaviness;
	overridden: boolean;
	override: ConfidenceOverride | null;
	derived: Pick<AnalyticConfidence, 'level' | 'text' | 'because'>;
}

export function scenarioConfidence(
	model: Pick<ModelInput, 'evidence' | 'drivers'>,
	scenario: Pick<ScenarioInput, 'drivers' | 'evidence' | 'confidence'>,
	tornado: Pick<Tornado, 'bars'> | null
): ScenarioConfidence {
	const heaviest = heaviestDrivers(model, scenario, tornado);
	const derived = analyticConfidence(model, scenario, heaviest.ids);
	const own = { level: derived.level, text: derived.text, because: derived.because };
	const override = scenario.confidence ?? null;
	if (!override) return { ...derived, heaviness: heaviest.by, overridden: false, override: null, derived: own };
	return {
		...derived,
		level: override.level,
		text: overrideText(override, derived),
		because: overrideBecause(override, derived),
		heaviness: heaviest.by,
		overridden: true,
		override,
		derived: own
	};
}
