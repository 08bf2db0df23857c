// The shipped presets through the CLI, as an analyst would run them: every one validates, and
// `run --json` gives the projection's fields with probabilities summing to 1 at every step.

import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from './program';

const folder = 'scenarios/russia-dprk';
const presets = readdirSync(folder).filter((f) => f.endsWith('.json') && f !== 'model.json');

async function cli(...args: string[]) {
	let out = '';
	let err = '';
	const code = await main(args, { out: (text) => (out += text), err: (text) => (err += text) });
	return { code, out, err };
}

describe('the shipped presets', () => {
	it('are at least five, and all valid', async () => {
		expect(presets.length).toBeGreaterThanOrEqual(5);
		expect(await cli('validate', 'scenarios')).toMatchObject({ code: 0, err: '' });
	});

	it.each(presets)('%s: run --json has every field, probabilities summing to 1', async (file) => {
		const result = await cli('run', `${folder}/${file}`, '--json', '--samples', '2000');
		expect(result.code).toBe(0);
		const projection = JSON.parse(result.out);
		for (const field of [
			'times',
			'outcomes',
			'stateProbabilities',
			'ruptureRisk',
			'index',
			'contributions',
			'eventShares',
			'uncertainty'
		])
			expect(projection).toHaveProperty(field);
		const { ranges, events, unmodelled, interaction, variance } = projection.uncertainty;
		expect(variance).toBeGreaterThan(0);
		expect(ranges + events + unmodelled + interaction).toBeCloseTo(1, 9);
		expect(Object.keys(projection.eventShares).length).toBeGreaterThan(0);
		for (const shares of Object.values(projection.eventShares) as number[][])
			expect(shares).toHaveLength(projection.times.length);
		expect(Object.keys(projection.index).sort()).toEqual(['mean', 'p25', 'p5', 'p50', 'p75', 'p95']);
		expect(projection.outcomes).toEqual(['rupture', 'cooling', 'transactional', 'deepening-alliance']);
		projection.times.forEach((_: string, k: number) => {
			const total = projection.outcomes.reduce(
				(sum: number, id: string) => sum + projection.stateProbabilities[id][k],
				0
			);
			expect(total).toBeCloseTo(1, 12);
		});
	});

	it('baseline: the analyst’s inputs (ranges and events) explain at least 60% of the horizon’s uncertainty', async () => {
		const result = await cli('run', `${folder}/baseline.json`, '--json');
		const { ranges, events } = JSON.parse(result.out).uncertainty;
		expect(ranges + events).toBeGreaterThanOrEqual(0.6);
	});
});
