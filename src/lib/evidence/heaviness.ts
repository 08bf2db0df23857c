// Which drivers weigh most on the outcome, as a ranked list of ids (heaviest first). The flags and
// the confidence rule take this list as an input, so they stay pure and work with any measure.

import type { ScenarioInput, Tornado } from '$lib/model';

/** From the tornado: its driver bars by swing, largest first; a driver that moves nothing is left out. */
export function heaviestByTornado(tornado: Pick<Tornado, 'bars'>): string[] {
	return tornado.bars
		.filter((bar) => bar.kind === 'driver' && bar.swing > 0)
		.sort((a, b) => b.swing - a.swing)
		.map((bar) => bar.id);
}

/**
 * Before the tornado is in (it is computed after the projection): by weight, heaviest first, in
 * the model's order on a tie; a driver of weight 0 is left out.
 */
export function heaviestByWeight(scenario: Pick<ScenarioInput, 'drivers'>, order: readonly string[]): string[] {
	return order
		.filter((id) => (scenario.drivers[id]?.weight ?? 0) > 0)
		.sort((a, b) => scenario.drivers[b].weight - scenario.drivers[a].weight);
}
