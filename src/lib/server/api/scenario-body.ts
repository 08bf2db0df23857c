// A scenario sent to the API, checked like a preset file: against the model its `model` field
// names, from the preset library. Problems carry paths into the request body, so a scenario
// inside an envelope is reported at `scenario.drivers...`.

import type { ModelInput, ScenarioInput } from '$lib/model';
import { parseScenario, problem, show, type Problem } from '$lib/schema';
import { field } from '$lib/schema/raw';
import { presetLibrary } from '$lib/server/presets';
import { invalid } from './errors';

function prefixed(problems: Problem[], prefix: string | undefined): Problem[] {
	if (!prefix) return problems;
	return problems.map((p) => ({
		...p,
		path: p.path === '(root)' ? prefix : `${prefix}${p.path.startsWith('[') ? '' : '.'}${p.path}`
	}));
}

function modelProblem(modelId: unknown, models: ModelInput[], file: string): Problem {
	const known = models.map((m) => `"${m.id}"`).join(', ') || 'none';
	if (modelId === undefined)
		return problem(file, ['model'], `is required: the id of the model the scenario sets (models here: ${known})`);
	if (typeof modelId !== 'string')
		return problem(
			file,
			['model'],
			`must be the id of the model the scenario sets (got ${show(modelId)}; models here: ${known})`
		);
	return problem(file, ['model'], `unknown model "${modelId}" (models here: ${known})`);
}

/**
 * The scenario, or a 400 with every problem. `expectedModel` holds a saved scenario to its
 * model: a revision on another model would no longer be the same scenario.
 */
export async function validateScenario(
	json: unknown,
	file: string,
	options: { prefix?: string; expectedModel?: string } = {}
): Promise<ScenarioInput> {
	const { models } = await presetLibrary();
	const modelId = field(json, 'model');
	const model = models.find((m) => m.id === modelId);
	const parsed = parseScenario(json, file, model);
	const problems = parsed.ok ? [] : parsed.problems;
	// Without its model the scenario is still checked on its own, so every problem shows at once.
	if (!model) {
		const own = problems.findIndex((p) => p.path === 'model');
		const better = modelProblem(modelId, models, file);
		if (own >= 0) problems[own] = better;
		else problems.unshift(better);
	} else if (options.expectedModel && model.id !== options.expectedModel) {
		problems.unshift(
			problem(
				file,
				['model'],
				`must be "${options.expectedModel}", the model of this saved scenario (got "${model.id}")`
			)
		);
	}
	if (problems.length > 0 || !parsed.ok) throw invalid(prefixed(problems, options.prefix));
	return parsed.scenario;
}
