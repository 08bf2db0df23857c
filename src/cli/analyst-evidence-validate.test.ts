// `validate` on a scenario file carrying the analyst's own evidence and confidence: a bad grade,
// direction or level is refused with the file and the field, one line each.

import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tinyScenario } from '../lib/schema/test-fixtures';
import { removeTrees, validTree, writeTree } from './test-preset-tree';
import { main } from './program';

afterAll(removeTrees);

async function cli(...args: string[]) {
	let out = '';
	let err = '';
	const code = await main(args, { out: (text) => (out += text), err: (text) => (err += text) });
	return { code, out, err };
}

const mine = {
	id: 'analyst-1',
	quote: { en: 'Rail cars of shells crossed at Tumangang.', ar: '' },
	attribution: { en: 'Open-source rail monitoring', ar: '' },
	date: '2026-11-20',
	citation: 'Rail watch, 21 Nov 2026',
	drivers: ['military'],
	direction: { military: 'raises' },
	grade: { reliability: 'B', credibility: 2 },
	gradeReason: { en: 'Usually right; pictures confirm it.', ar: '' }
};
const confidence = { level: 'low', reason: { en: '', ar: 'قد يكون خداعاً' } };

describe('validate and the analyst’s evidence and confidence', () => {
	it('accepts a scenario with its own graded, directed evidence and a confidence with a reason', async () => {
		const own = { ...tinyScenario(), id: 'own', evidence: [mine], confidence };
		const root = await writeTree({ ...validTree(), 'tiny/own.json': own });
		expect(await cli('validate', root)).toEqual({ code: 0, out: 'ok: 1 model, 3 scenarios\n', err: '' });
	});

	it('refuses a bad grade, direction and level, naming the file and the field', async () => {
		const bad = {
			...tinyScenario(),
			id: 'bad',
			evidence: [{ ...mine, grade: { reliability: 'G', credibility: 2 }, direction: { military: 'supports' } }],
			confidence: { ...confidence, level: 'certain' }
		};
		const root = await writeTree({ ...validTree(), 'tiny/bad.json': bad });
		const result = await cli('validate', root);
		expect(result.code).toBe(1);
		const file = path.join(root, 'tiny', 'bad.json').split(path.sep).join('/');
		expect(result.err.trimEnd().split('\n').sort()).toEqual([
			`${file}: confidence.level: "certain" is not: one of high, moderate, low`,
			`${file}: evidence[0].direction.military: "supports" is not one of raises, lowers, context (which way the item pushes the driver’s value)`,
			`${file}: evidence[0].grade.reliability: "G" is not one of A–F (the source’s reliability)`
		]);
	});
});
