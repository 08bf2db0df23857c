// What a result depends on, hashed: the model's content, the scenario's settings that the engine
// reads (its id is in the projection; title, summary, notes and annotations are not read), the
// seed, the paths, and which computation. Two requests with one key get one result.

import { createHash } from 'node:crypto';
import type { ModelInput, ScenarioInput } from '$lib/model';

const modelHashes = new WeakMap<ModelInput, string>();

function sha256(text: string): string {
	return createHash('sha256').update(text).digest('hex');
}

/** The model's content hash, computed once per loaded model object. */
export function modelHash(model: ModelInput): string {
	let hash = modelHashes.get(model);
	if (!hash) modelHashes.set(model, (hash = sha256(JSON.stringify(model))));
	return hash;
}

/** The settings of a scenario that decide its numbers. */
export function engineSettings(s: ScenarioInput): unknown {
	return [s.id, s.seed, s.samples, s.drivers, s.events, s.dynamics ?? null];
}

export function contentKey(
	computation: string,
	model: ModelInput,
	scenarios: ScenarioInput[],
	extra: unknown = null
): string {
	return sha256(JSON.stringify([computation, modelHash(model), scenarios.map(engineSettings), extra]));
}
