import { describe, expect, it } from 'vitest';
import { keyJudgments, percent, simulate, type KeyJudgment } from '$lib/model';
import { tinyModel, tinyScenario } from '$lib/schema/test-fixtures';
import { numberText } from '$lib/format';
import { changeTable, judgmentTable } from './compare-rows';

// The schema's tiny model: a calm scenario and a strained one whose most likely outcome differs.
const model = tinyModel();
const calm = tinyScenario();
const strain = {
	...calm,
	id: 'strain',
	drivers: {
		...calm.drivers,
		military: { weight: 0.9, assessment: -0.6, low: -0.8, high: -0.3, trend: 0 },
		china: { ...calm.drivers.china, weight: 0.4 }
	},
	events: { ceasefire: { probability: 0.9 } }
};
const scenarios = [
	{ label: 'Calm', scenario: calm },
	{ label: 'Strain', scenario: strain }
];

describe('comparison tables', () => {
	const withJudgments = scenarios.map((s) => ({
		label: s.label,
		judgments: keyJudgments(model, simulate(model, s.scenario))
	}));
	const label = (id: string) => model.outcomes.find((o) => o.id === id)!.label.en;
	const cell = (j: KeyJudgment) => `${j.term.label.en} (${percent(j.probability)})`;

	it('puts the same judgment on one row, a column per scenario, naming the outcome where it can differ', () => {
		const [a, b] = withJudgments.map((s) => s.judgments);
		const mostLikely = a.findIndex((j) => j.kind === 'most-likely');
		expect(a[mostLikely].outcome).not.toBe(b[mostLikely].outcome);
		const t = judgmentTable(model, withJudgments, 'en');
		expect(t.columns).toEqual(['Judgment', 'Calm', 'Strain']);
		expect(t.rows).toEqual(
			a.map((j, i) => {
				if (j.kind === 'most-likely')
					return [
						`Most likely outcome at the end of ${j.year}`,
						...[a[i], b[i]].map((s) => `“${label(s.outcome)}”: ${cell(s)}`)
					];
				const row =
					j.kind === 'at-least'
						? `“${label(j.outcome)}” or better at the end of ${j.year}`
						: `Falls to “${label(j.outcome)}” before the end of ${j.year}`;
				return [row, cell(a[i]), cell(b[i])];
			})
		);
	});

	it('adds each judgment’s difference to the reference in points, given the projections', () => {
		const projected = scenarios.map((s) => {
			const projection = simulate(model, s.scenario);
			return { label: s.label, projection, judgments: keyJudgments(model, projection) };
		});
		const [a, b] = projected.map((s) => s.judgments);
		const i = a.findIndex((j) => j.kind === 'at-least');
		expect(b[i].probability).not.toBe(a[i].probability);
		const points = ((b[i].probability - a[i].probability) * 100).toFixed(1).replace('-', '−');
		const t = judgmentTable(model, projected, 'en');
		// The reference's own cell has no difference; the other's names it signed, one decimal.
		expect(t.rows[i][1]).toBe(cell(a[i]));
		expect(t.rows[i][2]).toBe(`${cell(b[i])} · ${points.startsWith('−') ? points : `+${points}`} pp`);
		expect(judgmentTable(model, projected, 'ar').rows[i][2]).toContain('نقطة مئوية');
	});

	it('lists only the settings that differ, marks the differing values and counts what it leaves out', () => {
		// A third column the same as the reference: listed, as the row differs elsewhere, but not marked.
		const t = changeTable(model, [...scenarios, { label: 'Calm again', scenario: calm }], 'en');
		expect(t.columns).toEqual(['Setting', 'Calm', 'Strain', 'Calm again']);
		expect(t.rows).toEqual([
			['Military — Assessment', '+0.60', '−0.60 ◆', '+0.60'],
			['Military — Low end', '+0.30', '−0.80 ◆', '+0.30'],
			['Military — High end', '+0.80', '−0.30 ◆', '+0.80'],
			['China — Weight', '0.70', '0.40 ◆', '0.70'],
			['Ceasefire — Probability', '30%', '90% ◆', '30%']
		]);
		expect(t.more).toBe(0);
		const short = changeTable(model, scenarios, 'en', 3);
		expect(short.rows.map((r) => r[0])).toEqual(t.rows.slice(0, 3).map((r) => r[0]));
		expect(short.more).toBe(2);
		expect(changeTable(model, [scenarios[0], scenarios[0]], 'en').rows).toEqual([]);
	});

	it('names a change of the unmodelled factors, unsigned', () => {
		const chancy = { ...calm, dynamics: { persistence: model.dynamics.persistence, volatility: 0.45 } };
		const t = changeTable(model, [scenarios[0], { label: 'Chancy', scenario: chancy }], 'en');
		expect(t.rows).toEqual([
			['Unmodelled factors — Volatility', numberText(model.dynamics.volatility, 'en'), '0.45 ◆']
		]);
	});
});
