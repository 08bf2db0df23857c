import { describe, expect, it } from 'vitest';
import type { TornadoBar } from '$lib/model';
import { heaviestDrivers, scenarioConfidence } from './scenario-confidence';
import { item, modelWith, scenarioWith } from './test-evidence';

const bar = (id: string, swing: number, kind: TornadoBar['kind'] = 'driver'): TornadoBar => ({
	kind,
	id,
	low: 0,
	high: swing,
	swing
});

describe('heaviestDrivers', () => {
	const model = modelWith([]);
	it('ranks by the tornado’s driver swings, leaving out events and drivers that move nothing', () => {
		const tornado = { bars: [bar('war', 0.5, 'event'), bar('b', 0.1), bar('c', 0.3), bar('a', 0)] };
		expect(heaviestDrivers(model, scenarioWith(), tornado)).toEqual({ ids: ['c', 'b'], by: 'tornado' });
	});

	it('ranks by weight, in the model’s order on a tie, without a tornado or one with no driver bar', () => {
		const scenario = scenarioWith();
		scenario.drivers.b.weight = 0.2;
		scenario.drivers.c.weight = 0;
		expect(heaviestDrivers(model, scenario, null)).toEqual({ ids: ['a', 'b'], by: 'weight' });
		expect(heaviestDrivers(model, scenario, { bars: [bar('x', 1, 'event')] }).by).toBe('weight');
	});
});

describe('scenarioConfidence', () => {
	it('follows the ranking: a single-sourced driver lowers confidence only once it is among the heaviest', () => {
		const strong = (d: string) => [
			item(`${d}1`, { [d]: 'raises' }, 'A1', `T${d}`),
			item(`${d}2`, { [d]: 'raises' }, 'B2', `U${d}`)
		];
		const model = modelWith([...strong('a'), ...strong('b'), item('c1', { c: 'raises' }, 'A1', 'Tc')]);
		const scenario = scenarioWith({ a: 0.5, b: 0.5, c: 0.5 });
		const light = scenarioConfidence(model, scenario, { bars: [bar('a', 0.3), bar('b', 0.2)] });
		expect(light).toMatchObject({ level: 'high', heaviness: 'tornado' });
		const heavy = scenarioConfidence(model, scenario, { bars: [bar('a', 0.3), bar('b', 0.2), bar('c', 0.1)] });
		expect(heavy).toMatchObject({ level: 'moderate', reason: 'single-source', drivers: ['c'] });
	});
});
