// Messages between the page and the simulation worker.

import type { CompareNumbers } from '$lib/compare/numbers';
import type { ModelInput, Projection, ScenarioInput, SensitivityInput, Tornado } from '$lib/model';

export type SimulationMode = 'quick' | 'full';

export interface SimulationRequest {
	id: number;
	mode: SimulationMode;
	model: ModelInput;
	scenario: ScenarioInput;
	/** Paths to simulate: few while a slider moves, the scenario's own count once it settles. */
	samples: number;
	/** Sensitivity is only worth its cost on settled results. */
	tornado: { samples: number; input: SensitivityInput } | null;
}

/**
 * Compare's numbers (compareNumbers: projections, key judgments, gap attribution) on `samples[i]`
 * paths for scenario i — the Compare page asks for each scenario's own count once the server has
 * rendered fewer.
 */
export interface CompareRequest {
	kind: 'compare';
	id: number;
	model: ModelInput;
	scenarios: ScenarioInput[];
	samples: number[];
}

export type WorkerRequest = SimulationRequest | CompareRequest;

export interface CompareResponse {
	id: number;
	kind: 'compare';
	numbers: CompareNumbers;
	elapsed: number;
}

/** The projection comes first; sensitivity, which costs more, follows in its own message. */
export type SimulationResponse =
	| { id: number; kind: 'projection'; mode: SimulationMode; projection: Projection; elapsed: number }
	| { id: number; kind: 'tornado'; tornado: Tornado; elapsed: number };

export interface SimulationFailure {
	id: number;
	error: string;
}
