// A scenario's analytic confidence as the dashboard and `run` give it: the drivers ranked by the
// tornado's swings when it is in, by weight before (docs/model.md#analytic-confidence).

import type { ModelInput, ScenarioInput, Tornado } from '$lib/model';
import { analyticConfidence, type AnalyticConfidence } from './confidence';
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

export function scenarioConfidence(
	model: Pick<ModelInput, 'evidence' | 'drivers'>,
	scenario: Pick<ScenarioInput, 'drivers'>,
	tornado: Pick<Tornado, 'bars'> | null
): AnalyticConfidence & { heaviness: Heaviness } {
	const heaviest = heaviestDrivers(model, scenario, tornado);
	return { ...analyticConfidence(model, scenario, heaviest.ids), heaviness: heaviest.by };
}
