// Messages between the page and the simulation worker.

import type { ModelInput, Projection, ScenarioInput, Tornado } from '$lib/model';

export type SimulationMode = 'quick' | 'full';

export interface SimulationRequest {
	id: number;
	mode: SimulationMode;
	model: ModelInput;
	scenario: ScenarioInput;
	/** Paths to simulate: few while a slider moves, the scenario's own count once it settles. */
	samples: number;
	/** Sensitivity is only worth its cost on settled results. */
	tornado: { samples: number; input: 'assessment' | 'weight' } | null;
}

export interface SimulationResponse {
	id: number;
	mode: SimulationMode;
	projection: Projection;
	tornado: Tornado | null;
	/** Milliseconds the worker spent. */
	elapsed: number;
}

export interface SimulationFailure {
	id: number;
	error: string;
}
