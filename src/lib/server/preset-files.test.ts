import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../schema/problem';
import { tinyModel, tinyScenario } from '../schema/test-fixtures';
import { displayPath, loadPresets, loadScenarioWithModel } from './preset-files';
import { removeTrees, validTree, writeTree } from '../../cli/test-preset-tree';

afterAll(removeTrees);

/** Problems as `file-relative-to-root: path: message` lines, so temp roots do not show. */
function lines(root: string, problems: { file: string; path: string; message: string }[]): string[] {
	return problems.map((p) => formatProblem({ ...p, file: path.relative(root, p.file).split(path.sep).join('/') }));
}

describe('displayPath', () => {
	it('shows files under the working directory relative to it, with forward slashes', () => {
		expect(displayPath(path.join(process.cwd(), 'scenarios', 'russia-dprk', 'baseline.json'))).toBe(
			'scenarios/russia-dprk/baseline.json'
		);
		expect(displayPath('scenarios/x/model.json')).toBe('scenarios/x/model.json');
	});

	it('shows files elsewhere by their absolute path', () => {
		expect(displayPath(path.join(path.parse(process.cwd()).root, 'elsewhere', 'a.json'))).toMatch(
			/elsewhere[/\\]a\.json$/
		);
	});
});

describe('loadPresets', () => {
	it('loads every model folder and its scenarios', async () => {
		const root = await writeTree({ ...validTree(), 'README.md': '# not a model', '.hidden/x.json': '{' });
		const result = await loadPresets(root);
		expect(result.problems).toEqual([]);
		expect(result.models.map((m) => m.model.id)).toEqual(['tiny']);
		expect(result.models[0].model).not.toHaveProperty('$schema');
		expect(result.scenarios.map((s) => [s.modelId, s.scenario.id])).toEqual([
			['tiny', 'baseline'],
			['tiny', 'calm']
		]);
		expect(result.scenarios[0].file).toBe(displayPath(path.join(root, 'tiny', 'baseline.json')));
	});

	it('reports every problem of every file, and returns only valid files', async () => {
		const broken = tinyScenario();
		broken.drivers.china.low = 0.25;
		const root = await writeTree({
			...validTree(),
			'tiny/baseline.json': broken,
			'tiny/typo.json': '{ "id": "typo", }',
			'tiny/renamed.json': { ...tinyScenario(), id: 'other-name', $schema: 'scenario.json' },
			'empty-folder/notes.txt': 'no model here'
		});
		const result = await loadPresets(root);
		expect(lines(root, result.problems)).toEqual([
			'empty-folder/model.json: (root): file not found',
			'tiny/baseline.json: drivers.china.low: must be ≤ assessment (0.2)',
			'tiny/renamed.json: $schema: must be "../../static/schema/scenario.json" (got the text "scenario.json")',
			'tiny/renamed.json: id: must be "renamed", the name of its file (got "other-name")',
			expect.stringMatching(/^tiny\/typo\.json: \(root\): not valid JSON: /)
		]);
		expect(result.scenarios.map((s) => s.scenario.id)).toEqual(['calm']);
	});

	it('checks the model’s $schema and that its id names its folder', async () => {
		const model = { ...tinyModel(), id: 'small' };
		delete model.$schema;
		const root = await writeTree({ 'tiny/model.json': model });
		expect(lines(root, (await loadPresets(root)).problems)).toEqual([
			'tiny/model.json: $schema: is required: "../../static/schema/model.json", so that editors find the JSON Schema',
			'tiny/model.json: id: must be "tiny", the name of its folder (got "small")'
		]);
	});

	it('still checks scenarios against a model that only breaks a layout rule, and returns neither', async () => {
		const scenario = tinyScenario();
		scenario.events = {};
		const root = await writeTree({
			'tiny/model.json': { ...tinyModel(), $schema: 'x' },
			'tiny/baseline.json': scenario
		});
		const result = await loadPresets(root);
		expect(lines(root, result.problems)).toEqual([
			'tiny/model.json: $schema: must be "../../static/schema/model.json" (got the text "x")',
			expect.stringContaining('tiny/baseline.json: events.ceasefire: is missing')
		]);
		expect([result.models, result.scenarios]).toEqual([[], []]);
	});

	it('still checks the scenarios of an invalid model on their own', async () => {
		const model = tinyModel();
		model.thresholds = [0.5, 0];
		const scenario = tinyScenario();
		scenario.samples = 5;
		const root = await writeTree({ 'tiny/model.json': model, 'tiny/baseline.json': scenario });
		const result = await loadPresets(root);
		expect(lines(root, result.problems)).toEqual([
			'tiny/model.json: thresholds[1]: must be greater than thresholds[0] (0.5): cut points increase strictly from the worst outcome to the best',
			'tiny/baseline.json: samples: must be a whole number between 100 and 200000 (got 5)'
		]);
		expect(result.models).toEqual([]);
		expect(result.scenarios).toEqual([]);
	});

	it('reports a missing folder and a folder with no models', async () => {
		const root = await writeTree({ 'loose.json': {} });
		expect((await loadPresets(root)).problems.map((p) => p.message)).toEqual([
			expect.stringContaining('no model folders found')
		]);
		expect((await loadPresets(path.join(root, 'nope'))).problems.map((p) => p.message)).toEqual(['folder not found']);
	});
});

describe('loadScenarioWithModel', () => {
	it('loads a scenario with the model beside it, wherever the folder is', async () => {
		const root = await writeTree(validTree());
		const result = await loadScenarioWithModel(path.join(root, 'tiny', 'calm.json'));
		expect(result.ok && [result.model.id, result.scenario.id]).toEqual(['tiny', 'calm']);
	});

	it('finds the model of a file saved anywhere by its `model`, in the scenarios folder', async () => {
		const root = await writeTree({ ...validTree(), 'downloads/exported.json': tinyScenario() });
		const result = await loadScenarioWithModel(path.join(root, 'downloads', 'exported.json'), root);
		expect(result.ok && [result.model.id, result.scenario.id]).toEqual(['tiny', tinyScenario().id]);
		const elsewhere = await loadScenarioWithModel(
			path.join(root, 'downloads', 'exported.json'),
			path.join(root, 'nowhere')
		);
		expect(elsewhere.ok ? [] : lines(root, elsewhere.problems)).toEqual([
			'downloads/model.json: (root): file not found'
		]);
	});

	it('refuses model.json itself, a missing model, and reports both files’ problems', async () => {
		const model = tinyModel();
		model.dynamics.volatility = 9;
		const scenario = { ...tinyScenario(), model: 'other' };
		const root = await writeTree({ 'a/model.json': model, 'a/s.json': scenario, 'b/s.json': tinyScenario() });
		const asModel = await loadScenarioWithModel(path.join(root, 'a', 'model.json'));
		expect(asModel.ok ? [] : lines(root, asModel.problems)).toEqual([
			'a/model.json: (root): is a model, not a scenario: give a scenario file from its folder'
		]);
		const noModel = await loadScenarioWithModel(path.join(root, 'b', 's.json'), path.join(root, 'no-library'));
		expect(noModel.ok ? [] : lines(root, noModel.problems)).toEqual(['b/model.json: (root): file not found']);
		const both = await loadScenarioWithModel(path.join(root, 'a', 's.json'));
		// The model is invalid, so the scenario is checked on its own: its model id cannot be judged.
		expect(both.ok ? [] : lines(root, both.problems)).toEqual([
			'a/model.json: dynamics.volatility: must be a number between 0 and 5 (got 9)'
		]);
	});
});
