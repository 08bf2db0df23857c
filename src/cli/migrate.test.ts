// `migrate` in process, on temporary copies: a format-1 folder rewritten once, a second run that
// changes nothing, and folders refused without a byte written.

import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tinyModelFormat1, tinyScenario } from '../lib/schema/test-fixtures';
import { displayPath } from '../lib/server/preset-files';
import { main } from './program';
import { removeTrees, writeTree } from './test-preset-tree';

afterAll(removeTrees);

async function cli(...args: string[]) {
	let out = '';
	let err = '';
	const code = await main(args, { out: (text) => (out += text), err: (text) => (err += text) });
	return { code, out, err };
}

const tabs = (value: unknown) => `${JSON.stringify(value, null, '\t')}\n`;

function formatOneTree(scenario = tinyScenario()): Record<string, string> {
	return {
		'tiny/model.json': tabs(tinyModelFormat1()),
		'tiny/baseline.json': tabs(scenario),
		'tiny/calm.json': tabs({ ...tinyScenario(), id: 'calm', events: { ceasefire: { probability: 0.9 } } })
	};
}

async function contents(root: string, files: string[]): Promise<string[]> {
	return Promise.all(files.map((file) => readFile(path.join(root, file), 'utf8')));
}

const FILES = ['tiny/model.json', 'tiny/baseline.json', 'tiny/calm.json'];

describe('scenario migrate', () => {
	it('rewrites a format-1 folder as format 2, saying which files, and then it validates', async () => {
		const root = await writeTree(formatOneTree());
		const shown = (file: string) => displayPath(path.join(root, file));
		const result = await cli('migrate', path.join(root, 'tiny'));
		expect(result).toEqual({
			code: 0,
			err: '',
			out: [
				`rewrote ${shown('tiny/model.json')}: format 2, 1 event date as a window`,
				`rewrote ${shown('tiny/baseline.json')}: format 2`,
				`rewrote ${shown('tiny/calm.json')}: format 2`,
				`migrated ${shown('tiny')} to format 2: 3 files rewritten`,
				''
			].join('\n')
		});
		const [model, baseline] = await contents(root, FILES);
		expect(model).toContain('\t"format": 2,\n');
		expect(model).toContain('\t\t\t"window": { "from": "2026-06", "to": "2026-06" }\n');
		expect(model).not.toContain('"date"');
		expect(baseline).toBe(formatOneTree()['tiny/baseline.json'].replace('"format": 1', '"format": 2'));
		expect(await cli('validate', root)).toMatchObject({ code: 0, out: 'ok: 1 model, 2 scenarios\n' });
	});

	it('changes nothing on a second run, and says so', async () => {
		const root = await writeTree(formatOneTree());
		await cli('migrate', path.join(root, 'tiny'));
		const once = await contents(root, FILES);
		const again = await cli('migrate', path.join(root, 'tiny'));
		expect(again).toEqual({
			code: 0,
			err: '',
			out: `nothing to migrate: ${displayPath(path.join(root, 'tiny'))} is already format 2 (3 files unchanged)\n`
		});
		expect(await contents(root, FILES)).toEqual(once);
	});

	it('refuses a folder with a file that does not validate, naming file and path, and writes nothing', async () => {
		const broken = tinyScenario();
		broken.drivers.china.low = 0.25;
		const tree = formatOneTree(broken);
		const root = await writeTree(tree);
		const result = await cli('migrate', path.join(root, 'tiny'));
		expect(result.code).toBe(1);
		expect(result.out).toBe('');
		expect(result.err.split('\n')).toEqual([
			`${displayPath(path.join(root, 'tiny/baseline.json'))}: drivers.china.low: must be ≤ assessment (0.2)`,
			`migrate: nothing rewritten in ${displayPath(path.join(root, 'tiny'))}: every file must be valid first (fix the problems above)`,
			''
		]);
		expect(await contents(root, FILES)).toEqual(FILES.map((file) => tree[file]));
	});

	it('refuses a model that mixes the formats', async () => {
		const model = tinyModelFormat1() as { events: Record<string, unknown>[] };
		model.events[0].requires = [];
		const root = await writeTree({ ...formatOneTree(), 'tiny/model.json': tabs(model) });
		const result = await cli('migrate', path.join(root, 'tiny'));
		expect(result.code).toBe(1);
		expect(result.err).toContain(
			`${displayPath(path.join(root, 'tiny/model.json'))}: events[0].requires: needs "format": 2 on the model`
		);
	});

	it('refuses a folder without model.json', async () => {
		const root = await writeTree({ 'tiny/baseline.json': tabs(tinyScenario()) });
		const result = await cli('migrate', path.join(root, 'tiny'));
		expect(result.code).toBe(1);
		expect(result.err).toContain(`${displayPath(path.join(root, 'tiny/model.json'))}: (root): file not found`);
	});

	it('needs exactly one folder', async () => {
		expect(await cli('migrate')).toEqual({
			code: 1,
			out: '',
			err: 'scenario: migrate needs exactly one model folder, e.g. scenarios/russia-dprk\n'
		});
	});

	it('leaves a copy of the shipped model folder valid, as format 2', async () => {
		const root = await writeTree({});
		await cp('scenarios/russia-dprk', path.join(root, 'russia-dprk'), { recursive: true });
		expect(await cli('migrate', path.join(root, 'russia-dprk'))).toMatchObject({ code: 0, err: '' });
		expect(await cli('migrate', path.join(root, 'russia-dprk'))).toMatchObject({
			code: 0,
			out: expect.stringContaining('nothing to migrate')
		});
		expect(await cli('validate', root)).toMatchObject({ code: 0 });
		const model = JSON.parse(await readFile(path.join(root, 'russia-dprk/model.json'), 'utf8')) as { format: number };
		expect(model.format).toBe(2);
	});
});
