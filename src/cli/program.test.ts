// The CLI's commands in process (fast); cli.test.ts spawns the real command for a few of them.

import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tinyModel, tinyScenario } from '../lib/schema/test-fixtures';
import { displayPath } from '../lib/server/preset-files';
import { removeTrees, validTree, writeTree } from './test-preset-tree';
import { main } from './program';

afterAll(removeTrees);

async function cli(...args: string[]) {
	let out = '';
	let err = '';
	const code = await main(args, { out: (text) => (out += text), err: (text) => (err += text) });
	return { code, out, err };
}

describe('scenario validate', () => {
	it('prints a one-line summary and exits 0 when everything is valid', async () => {
		const root = await writeTree(validTree());
		expect(await cli('validate', root)).toEqual({ code: 0, out: 'ok: 1 model, 2 scenarios\n', err: '' });
	});

	it('prints one line per problem on stderr and exits 1', async () => {
		const broken = tinyScenario();
		broken.drivers.china.low = 0.25;
		broken.seed = -1;
		const root = await writeTree({ ...validTree(), 'tiny/baseline.json': broken });
		const result = await cli('validate', root);
		expect(result.code).toBe(1);
		expect(result.out).toBe('');
		const file = path.join(root, 'tiny', 'baseline.json').split(path.sep).join('/');
		expect(result.err.trimEnd().split('\n').sort()).toEqual([
			`${file}: drivers.china.low: must be ≤ assessment (0.2)`,
			`${file}: seed: must be a whole number between 0 and 4294967295 (got -1)`
		]);
	});
});

describe('scenario validate: warnings', () => {
	/** calm reads today differently: china's assessment and low differ from the baseline's. */
	function disagreeingTree() {
		const calm = { ...tinyScenario(), id: 'calm', events: { ceasefire: { probability: 0.9 } } };
		calm.drivers = { ...calm.drivers, china: { ...calm.drivers.china, assessment: 0.1, low: -0.3 } };
		return { ...validTree(), 'tiny/calm.json': calm };
	}
	const shown = (root: string, file: string) => displayPath(path.join(root, file));

	it('warns, naming presets and drivers, when presets disagree about the present, and still exits 0', async () => {
		const root = await writeTree(disagreeingTree());
		const result = await cli('validate', root);
		expect(result.code).toBe(0);
		expect(result.out).toBe('ok: 1 model, 2 scenarios (1 warning)\n');
		expect(result.err.split('\n')).toEqual([
			expect.stringMatching(
				new RegExp(
					`^warning: ${shown(root, 'tiny/model.json')}: the presets disagree about the present: .*"presetsDisagreeAboutThePresent":$`
				)
			),
			'  china assessment: 0.2 in baseline; 0.1 in calm',
			'  china low: -0.2 in baseline; -0.3 in calm',
			''
		]);
	});

	it('says once that the model allows it, with its reason, instead of warning', async () => {
		const model = {
			...tinyModel(),
			presetsDisagreeAboutThePresent: { en: 'Calm reads China anew.', ar: 'قراءة جديدة' }
		};
		const root = await writeTree({ ...disagreeingTree(), 'tiny/model.json': model });
		expect(await cli('validate', root)).toEqual({
			code: 0,
			err: '',
			out: `note: ${shown(root, 'tiny/model.json')}: the presets disagree about the present (china), as the model allows: Calm reads China anew.\nok: 1 model, 2 scenarios\n`
		});
	});

	it('warns of numbers a summary writes itself, per language', async () => {
		const baseline = { ...tinyScenario(), summary: { en: 'A ceasefire (30%) by 2026', ar: 'وقف ({event:ceasefire})' } };
		const root = await writeTree({ ...validTree(), 'tiny/baseline.json': baseline });
		const result = await cli('validate', root);
		expect(result).toMatchObject({ code: 0, out: 'ok: 1 model, 2 scenarios (1 warning)\n' });
		expect(result.err).toBe(
			`warning: ${shown(root, 'tiny/baseline.json')}: summary.en: writes 30%, 2026 itself; quote an event's probability as {event:ID}, so that the number follows the scenario's settings\n`
		);
	});

	it('refuses a summary template that names no event of the model', async () => {
		const baseline = { ...tinyScenario(), summary: { en: 'A truce ({event:truce})', ar: 'وقف ({event:ceasefire})' } };
		const root = await writeTree({ ...validTree(), 'tiny/baseline.json': baseline });
		expect(await cli('validate', root)).toEqual({
			code: 1,
			out: '',
			err: `${shown(root, 'tiny/baseline.json')}: summary.en: {event:truce} names no event of model "tiny" (its events: ceasefire)\n`
		});
	});
});

describe('scenario run', () => {
	it('prints the projection as JSON with --json, honouring --seed and --samples', async () => {
		const root = await writeTree(validTree());
		const result = await cli(
			'run',
			path.join(root, 'tiny', 'baseline.json'),
			'--json',
			'--seed',
			'11',
			'--samples',
			'300'
		);
		expect(result.code).toBe(0);
		const projection: unknown = JSON.parse(result.out);
		expect(projection).toMatchObject({ modelId: 'tiny', scenarioId: 'baseline', seed: 11, samples: 300 });
		expect(Object.keys(projection as object)).toEqual(
			expect.arrayContaining([
				'times',
				'outcomes',
				'stateProbabilities',
				'ruptureRisk',
				'index',
				'contributions',
				'eventShares',
				'uncertainty'
			])
		);
	});

	it('prints problems of the scenario and its model instead of running', async () => {
		const root = await writeTree({ ...validTree(), 'tiny/baseline.json': { ...tinyScenario(), model: 'other' } });
		const result = await cli('run', path.join(root, 'tiny', 'baseline.json'));
		expect(result.code).toBe(1);
		expect(result.err).toMatch(/baseline\.json: model: must be "tiny", the id of the model it sets \(got "other"\)\n$/);
	});

	it('refuses bad arguments with one line and no stack', async () => {
		const result = await cli('run', 'x.json', '--samples', '5');
		expect(result).toEqual({
			code: 1,
			out: '',
			err: 'scenario: --samples: must be a whole number between 100 and 200000 (got 5)\n'
		});
	});
});

describe('scenario --help', () => {
	it('prints usage and exits 0', async () => {
		const result = await cli('--help');
		expect(result.code).toBe(0);
		expect(result.out).toContain('Usage: npm run scenario -- <command>');
	});
});
