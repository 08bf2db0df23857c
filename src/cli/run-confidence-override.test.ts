// `run` with the analyst's confidence (the scenario file's `confidence`): the level shown is the
// analyst's, the derived one beside it, and --json says it is overridden (docs/model.md#the-analysts-confidence).

import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from './program';

async function cli(...args: string[]) {
	let out = '';
	let err = '';
	const code = await main(args, { out: (text) => (out += text), err: (text) => (err += text) });
	return { code, out, err };
}

let dir = '';
let file = '';
const override = {
	level: 'low',
	reason: { en: 'The rail traffic may be a deception', ar: 'قد تكون حركة القطارات خداعاً' }
};

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'run-override-'));
	await copyFile('scenarios/russia-dprk/model.json', join(dir, 'model.json'));
	const baseline = JSON.parse(await readFile('scenarios/russia-dprk/baseline.json', 'utf8'));
	delete baseline.$schema;
	file = join(dir, 'baseline.json');
	await writeFile(file, JSON.stringify({ ...baseline, confidence: override }));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('run and the analyst’s confidence', () => {
	it('--json: the analyst’s level, overridden, with the derived level and reason kept', async () => {
		const { code, out, err } = await cli('run', file, '--json', '--samples', '2000');
		expect(err).toBe('');
		expect(code).toBe(0);
		const { confidence } = JSON.parse(out);
		expect(confidence).toMatchObject({ level: 'low', overridden: true, override, heaviness: 'tornado' });
		expect(['high', 'moderate', 'low']).toContain(confidence.derived.level);
		expect(confidence.text.en).toMatch(
			/^Low confidence \(analyst’s judgment; derived: (high|moderate|low) confidence — .+\): The rail traffic may be a deception$/
		);
		expect(confidence.text.ar).toMatch(/^ثقة منخفضة \(تقدير المحلل؛ .+\): قد تكون حركة القطارات خداعاً$/u);
	});

	it('text: the line after the judgments is the analyst’s, in the language asked for', async () => {
		for (const lang of ['en', 'ar'] as const) {
			const { out } = await cli('run', file, '--samples', '2000', '--lang', lang);
			expect(out).toContain(
				lang === 'en' ? '  Low confidence (analyst’s judgment; derived: ' : '  ثقة منخفضة (تقدير المحلل؛'
			);
		}
	});
});
