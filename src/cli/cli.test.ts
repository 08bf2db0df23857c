// The real command, spawned as `tsx src/cli/main.ts …` from the repository root: exit codes,
// streams, and that failures never print a stack trace. Kept to a handful: each spawn costs ~1 s.

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Projection } from '../lib/model/index';
import { tinyScenario } from '../lib/schema/test-fixtures';
import { removeTrees, validTree, writeTree } from './test-preset-tree';
import { PROJECT_ROOT } from './schema-files';

afterAll(removeTrees);

const TSX = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');

function scenario(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
	return new Promise((resolve) => {
		execFile(
			TSX,
			['src/cli/main.ts', ...args],
			{ cwd: PROJECT_ROOT, env: { ...process.env, SCENARIO_DEBUG: '' } },
			(error, stdout, stderr) => {
				const code = error && typeof error.code === 'number' ? error.code : error ? -1 : 0;
				resolve({ code, stdout, stderr });
			}
		);
	});
}

const STACK_LINE = /^\s+at /m;

describe.concurrent('scenario (spawned)', () => {
	it('validate: ok on a valid folder', async () => {
		const root = await writeTree(validTree());
		expect(await scenario('validate', root)).toEqual({ code: 0, stdout: 'ok: 1 model, 2 scenarios\n', stderr: '' });
	});

	it('validate: exit 1 and one problem line each on stderr', async () => {
		const broken = { ...tinyScenario(), samples: 5, events: {} };
		const root = await writeTree({ ...validTree(), 'tiny/calm.json': broken });
		const result = await scenario('validate', root);
		expect(result.code).toBe(1);
		const lines = result.stderr.trimEnd().split('\n');
		expect(lines).toEqual([
			expect.stringMatching(/calm\.json: id: must be "calm", the name of its file \(got "baseline"\)$/),
			expect.stringMatching(/calm\.json: samples: must be a whole number between 100 and 200000 \(got 5\)$/),
			expect.stringMatching(/calm\.json: events\.ceasefire: is missing: model "tiny" has this event/)
		]);
	});

	it('run --json: the projection’s fields', async () => {
		const root = await writeTree(validTree());
		const result = await scenario('run', path.join(root, 'tiny', 'calm.json'), '--json', '--samples', '200');
		expect(result.code).toBe(0);
		const projection = JSON.parse(result.stdout) as Record<string, unknown>;
		for (const key of [
			'times',
			'outcomes',
			'stateProbabilities',
			'ruptureRisk',
			'index',
			'contributions',
			'eventShares',
			'uncertainty'
		]) {
			expect(projection).toHaveProperty(key);
		}
		expect(projection.times).toHaveLength(10);
	});

	it('run --csv DIR --xlsx FILE: one CSV per table and the workbook, read back', async () => {
		const root = await writeTree(validTree());
		const dir = path.join(root, 'out', 'tables');
		const xlsx = path.join(root, 'out', 'calm.xlsx');
		const file = path.join(root, 'tiny', 'calm.json');
		const result = await scenario('run', file, '--samples', '200', '--json', '--csv', dir, '--xlsx', xlsx);
		expect(result.code).toBe(0);
		// The standard output stays the projection alone; the files are named on stderr.
		const projection = JSON.parse(result.stdout) as Projection;
		expect(result.stderr).toBe(`Wrote 10 CSV files to ${dir}\nWrote ${xlsx}\n`);
		const keys = [
			'about',
			'judgments',
			'drivers',
			'events',
			'states',
			'index',
			'rupture',
			'uncertainty',
			'contributions',
			'tornado'
		];
		expect((await readdir(dir)).sort()).toEqual(keys.map((k) => `${k}.csv`).sort());

		const states = await readFile(path.join(dir, 'states.csv'), 'utf8');
		expect(states.charCodeAt(0)).toBe(0xfeff);
		const lines = states.slice(1).trimEnd().split('\r\n');
		expect(lines).toHaveLength(projection.times.length + 1);
		const first = projection.outcomes[0];
		const last = lines.at(-1)!.split(',');
		expect(Number(last[1])).toBeCloseTo(projection.stateProbabilities[first].at(-1)! * 100, 9);

		const book = new ExcelJS.Workbook();
		await book.xlsx.readFile(xlsx);
		expect(book.worksheets.map((w) => w.name)).toContain('Outcomes by step');
		const sheet = book.getWorksheet('Rupture risk')!;
		expect(sheet.rowCount).toBe(projection.times.length + 1);
		expect(sheet.getCell(projection.times.length + 1, 2).value as number).toBeCloseTo(
			projection.ruptureRisk.at(-1)! * 100,
			9
		);
	});

	it('run --lang ar --csv: Arabic headers', async () => {
		const root = await writeTree(validTree());
		const dir = path.join(root, 'ar');
		const result = await scenario(
			'run',
			path.join(root, 'tiny', 'calm.json'),
			'--samples',
			'200',
			'--lang',
			'ar',
			'--csv',
			dir
		);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain(`Wrote 10 CSV files to ${dir}\n`);
		const header = (await readFile(path.join(dir, 'rupture.csv'), 'utf8')).slice(1).split('\r\n')[0];
		expect(header).toMatch(/^التاريخ,/);
	});

	it('bad arguments and files: exit 1, one line, no stack', async () => {
		const root = await writeTree({ ...validTree(), 'tiny/bad.json': '{ "seed": ' });
		const results = await Promise.all([
			scenario('frobnicate'),
			scenario('run', 'no/such/file.json'),
			scenario('run', path.join(root, 'tiny', 'baseline.json'), '--seed', 'soon'),
			scenario('run', path.join(root, 'tiny', 'bad.json'))
		]);
		for (const result of results) {
			expect(result.code).toBe(1);
			expect(result.stdout).toBe('');
			expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
			expect(result.stderr).not.toMatch(STACK_LINE);
		}
		expect(results.map((r) => r.stderr)).toEqual([
			expect.stringContaining('unknown command "frobnicate"'),
			'no/such/file.json: (root): file not found\n',
			expect.stringContaining('--seed: must be a whole number'),
			expect.stringMatching(/bad\.json: \(root\): not valid JSON: /)
		]);
	});

	it('schema --check: the checked-in JSON Schema is up to date', async () => {
		expect(await scenario('schema', '--check')).toMatchObject({ code: 0, stderr: '' });
	});

	it.skipIf(!existsSync(path.join(PROJECT_ROOT, 'scenarios', 'russia-dprk', 'model.json')))(
		'validate: the presets under scenarios/ are valid',
		async () => {
			const result = await scenario('validate');
			expect(result.stderr).toBe('');
			expect(result.stdout).toMatch(/^ok: 1 model, \d+ scenarios?\n$/);
		}
	);
});
