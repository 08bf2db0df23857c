import { describe, expect, it } from 'vitest';
import { simulate } from '$lib/model';
import { tinyModel as makeModel, tinyScenario as makeScenario } from '$lib/schema/test-fixtures';
import { fitNotice, fitToModel } from './fit-to-model';

const tinyModel = makeModel();
const tinyScenario = makeScenario();

describe('a saved scenario fitted to the model as it is now', () => {
	it('leaves out what the model dropped and takes what it gained from the reference, and says so', () => {
		const [first, ...rest] = tinyModel.drivers;
		const saved = {
			...tinyScenario,
			drivers: { gone: { weight: 1, assessment: 0, low: 0, high: 0, trend: 0 }, ...tinyScenario.drivers },
			events: {}
		};
		delete (saved.drivers as Record<string, unknown>)[first.id];
		const fit = fitToModel(saved, tinyModel, tinyScenario);
		expect(fit.dropped).toEqual(['gone']);
		expect(fit.added).toEqual([first.id, ...tinyModel.events.map((e) => e.id)]);
		expect(Object.keys(fit.scenario.drivers)).toEqual([first.id, ...rest.map((d) => d.id)]);
		expect(fit.scenario.drivers[first.id]).toEqual(tinyScenario.drivers[first.id]);
		// It runs where the saved one would not.
		expect(() => simulate(tinyModel, saved)).toThrow();
		expect(simulate(tinyModel, fit.scenario).samples).toBe(tinyScenario.samples);
		expect(fitNotice(fit)).toContain('gone');
		expect(fitNotice(fit)).toContain(first.id);
	});

	it('returns a scenario that fits as it is', () => {
		const fit = fitToModel(tinyScenario, tinyModel, tinyScenario);
		expect(fit.scenario).toBe(tinyScenario);
		expect(fitNotice(fit)).toBe('');
	});
});
