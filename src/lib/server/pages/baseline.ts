// The model's baseline preset (its first: `baseline.json` when there is one), the reference that
// a scenario's key assumptions are compared with (docs/model.md, Key assumptions).

import type { ScenarioInput } from '$lib/model';
import type { PresetLibrary } from '$lib/server/presets';

export function baselineOf(library: PresetLibrary, modelId: string): ScenarioInput | null {
	return library.scenarios.get(modelId)?.[0] ?? null;
}
