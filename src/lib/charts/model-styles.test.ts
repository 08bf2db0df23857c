import { describe, expect, it } from 'vitest';
import { tinyModel } from '$lib/schema/test-fixtures';
import { driverLabels, FALLBACK_OUTCOME_COLOR, outcomeColor, outcomeStyles } from './model-styles';

// Colours of the test's own on every outcome, none the shipped preset's: a colour that is not
// read from the model shows.
const COLORS = ['#123456', '#6A1B9A', '#2E7D32'];
const model = { ...tinyModel(), outcomes: tinyModel().outcomes.map((o, i) => ({ ...o, color: COLORS[i] })) };

describe('model styles', () => {
	it('gives each outcome, in order, its label in the language asked for and its colour', () => {
		expect(model.outcomes).toHaveLength(COLORS.length);
		for (const lang of ['en', 'ar'] as const)
			expect(outcomeStyles(model, (t) => t[lang])).toEqual(
				model.outcomes.map((o, i) => ({ id: o.id, label: o.label[lang], color: COLORS[i] }))
			);
	});

	it('gives an outcome without a colour the fallback grey', () => {
		const plain = { ...model, outcomes: model.outcomes.map((o) => ({ ...o, color: undefined })) };
		expect(outcomeStyles(plain, (t) => t.en).map((o) => o.color)).toEqual(
			model.outcomes.map(() => FALLBACK_OUTCOME_COLOR)
		);
		expect(outcomeColor(plain, model.outcomes[1].id)).toBe(FALLBACK_OUTCOME_COLOR);
	});

	it('finds one outcome’s colour by id, and the fallback for an unknown id', () => {
		expect(model.outcomes.map((o) => outcomeColor(model, o.id))).toEqual(COLORS);
		expect(outcomeColor(model, 'no-such-outcome')).toBe(FALLBACK_OUTCOME_COLOR);
	});

	it('lists every driver with its label', () => {
		expect(driverLabels(model, (t) => t.ar)).toEqual(model.drivers.map((d) => ({ id: d.id, label: d.label.ar })));
	});
});
