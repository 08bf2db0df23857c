import { describe, expect, it } from 'vitest';
import { loadScenarioWithModel } from '$lib/server/preset-files';
import { driverLabels, FALLBACK_OUTCOME_COLOR, outcomeColor, outcomeStyles } from './model-styles';

describe('model styles', async () => {
	const loaded = await loadScenarioWithModel('scenarios/russia-dprk/baseline.json');
	if (!loaded.ok) throw new Error('the flagship preset does not load');
	const model = loaded.model;

	it('gives each outcome its label in the language asked for and its colour', () => {
		expect(outcomeStyles(model, (t) => t.ar)[0]).toEqual({
			id: model.outcomes[0].id,
			label: model.outcomes[0].label.ar,
			color: model.outcomes[0].color
		});
	});

	it('gives an outcome without a colour the fallback grey', () => {
		const plain = { ...model, outcomes: model.outcomes.map((o) => ({ ...o, color: undefined })) };
		expect(outcomeStyles(plain, (t) => t.en).map((o) => o.color)).toEqual(
			model.outcomes.map(() => FALLBACK_OUTCOME_COLOR)
		);
		expect(outcomeColor(plain, model.outcomes[1].id)).toBe(FALLBACK_OUTCOME_COLOR);
	});

	it('finds one outcome’s colour by id, and the fallback for an unknown id', () => {
		expect(outcomeColor(model, model.outcomes[1].id)).toBe(model.outcomes[1].color);
		expect(outcomeColor(model, 'no-such-outcome')).toBe(FALLBACK_OUTCOME_COLOR);
	});

	it('lists every driver with its label', () => {
		expect(driverLabels(model, (t) => t.en)).toEqual(model.drivers.map((d) => ({ id: d.id, label: d.label.en })));
	});
});
