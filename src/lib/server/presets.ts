// The preset library the app serves: read from SCENARIOS_DIR (default `scenarios/`) once per
// process. Presets are read-only files, so sharing them between requests shares no user state.

import type { ModelInput, ScenarioInput } from '$lib/model';
import { withWrittenFor } from '$lib/narrative/written-for';
import type { Problem } from '$lib/schema';
import { loadPresets } from './preset-files';

export interface PresetLibrary {
	models: ModelInput[];
	/** Presets per model id, in file-name order with the baseline first. */
	scenarios: Map<string, ScenarioInput[]>;
	problems: Problem[];
}

let library: Promise<PresetLibrary> | null = null;

function byBaselineFirst(a: ScenarioInput, b: ScenarioInput): number {
	if (a.id === 'baseline') return -1;
	if (b.id === 'baseline') return 1;
	return a.id.localeCompare(b.id);
}

async function load(): Promise<PresetLibrary> {
	const files = await loadPresets(process.env.SCENARIOS_DIR ?? 'scenarios');
	const scenarios = new Map<string, ScenarioInput[]>();
	// A preset's summary and notes are written for its own settings: recorded, so that a link or a
	// copy that moves them says its words were written for other settings.
	for (const { modelId, scenario } of files.scenarios)
		scenarios.set(modelId, [...(scenarios.get(modelId) ?? []), withWrittenFor(scenario)]);
	for (const list of scenarios.values()) list.sort(byBaselineFirst);
	const models = files.models.map((m) => m.model).filter((m) => (scenarios.get(m.id)?.length ?? 0) > 0);
	for (const p of files.problems) console.warn(`preset not loaded: ${p.file}: ${p.path}: ${p.message}`);
	return { models, scenarios, problems: files.problems };
}

export function presetLibrary(): Promise<PresetLibrary> {
	library ??= load();
	return library;
}
