// How many paths a page's server render may simulate per scenario (SERVER_SAMPLES, by default the
// presets' 10,000): a scenario saved with more opens with that many, and the dashboard's worker
// then refines to the scenario's own count, same seed — the numbers the analyst ends up with are
// the full count's, as before; the server's share of the work is bounded.

import type { ScenarioInput } from '$lib/model';
import { envInteger } from './env-number';

export const DEFAULT_SERVER_SAMPLES = 10_000;

export function serverSamples(scenario: ScenarioInput): number {
	return Math.min(scenario.samples, envInteger('SERVER_SAMPLES', DEFAULT_SERVER_SAMPLES, 1));
}
