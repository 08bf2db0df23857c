// What `/present` must be asked for: a scenario file becomes its settings as link edits on the
// preset it is closest to by name (its own id, else the model's baseline), exactly as the
// dashboard writes links; a saved id becomes `?saved=<id>[&rev=n]`.

import { loadPresets, loadScenarioWithModel } from '../lib/server/preset-files';
import { formatProblem } from '../lib/schema/index';
import { editsBetween } from '../lib/editing/scenario-edits';
import { scenarioQuery } from '../lib/links/queries';
import type { BriefCommand } from './brief-args';

export class BriefError extends Error {}

export async function presentQuery(
	input: BriefCommand['input'],
	scenariosDir = process.env.SCENARIOS_DIR ?? 'scenarios'
): Promise<URLSearchParams> {
	if (input.kind === 'saved') {
		return scenarioQuery({ kind: 'saved', id: input.id, revision: input.revision });
	}
	const loaded = await loadScenarioWithModel(input.file);
	if (!loaded.ok) throw new BriefError(loaded.problems.map(formatProblem).join('; '));
	// The server simulates with its own presets: the file's model must be one of them.
	const library = await loadPresets(scenariosDir);
	const presets = library.scenarios.filter((s) => s.modelId === loaded.model.id).map((s) => s.scenario);
	if (presets.length === 0)
		throw new BriefError(
			`${input.file}: the app has no model "${loaded.model.id}" under ${scenariosDir}/, so it cannot present this scenario`
		);
	const base =
		presets.find((s) => s.id === loaded.scenario.id) ?? presets.find((s) => s.id === 'baseline') ?? presets[0];
	return scenarioQuery(
		{ kind: 'preset', model: loaded.model.id, scenario: base.id },
		editsBetween(base, loaded.scenario)
	);
}
