import { describe, expect, it } from 'vitest';
import type { AnalystEvidence, EvidenceDirection } from '$lib/model';
import { evidenceMatrix } from './matrix';
import { scenarioConfidence } from './scenario-confidence';
import { sourceKey } from './sources';
import { item, modelWith, scenarioWith } from './test-evidence';

function mine(id: string, direction: Record<string, EvidenceDirection>, source: string): AnalystEvidence {
	return {
		id,
		quote: { en: '', ar: 'رأينا القطارات' },
		attribution: { en: '', ar: `${source}، كما نُقل` },
		date: '2026-11-20',
		drivers: Object.keys(direction),
		direction,
		grade: { reliability: 'B', credibility: 2 },
		gradeReason: { en: 'usually right, and the pictures confirm it', ar: '' }
	};
}

const strong = (d: string) => [
	item(`${d}1`, { [d]: 'raises' }, 'A1', `T${d}`),
	item(`${d}2`, { [d]: 'raises' }, 'B2', `U${d}`)
];
// Driver c rests on one source: the analyst's item from another corroborates it.
const model = modelWith([...strong('a'), ...strong('b'), item('c1', { c: 'raises' }, 'A1', 'Tc')]);
const assessed = scenarioWith({ a: 0.5, b: 0.5, c: 0.5 });
const byWeight = null;

describe('the analyst’s own evidence', () => {
	it('counts with the model’s: a second source lifts the single-sourced driver, and the confidence with it', () => {
		expect(scenarioConfidence(model, assessed, byWeight)).toMatchObject({ level: 'moderate', reason: 'single-source' });
		const withMine = { ...assessed, evidence: [mine('mine-1', { c: 'raises' }, 'مراقبة السكك')] };
		expect(scenarioConfidence(model, withMine, byWeight)).toMatchObject({ level: 'high', reason: 'agreement' });
	});

	it('is marked as the analyst’s in the matrix, after the model’s rows, and moves the balance', () => {
		const withMine = { ...assessed, evidence: [mine('mine-1', { c: 'lowers', a: 'context' }, 'مراقبة')] };
		const matrix = evidenceMatrix(model, withMine, ['a', 'b', 'c']);
		expect(matrix.rows.map((r) => [r.item.id, r.analyst, r.grade])).toEqual([
			['a1', false, 'A1'],
			['a2', false, 'B2'],
			['b1', false, 'A1'],
			['b2', false, 'B2'],
			['c1', false, 'A1'],
			['mine-1', true, 'B2']
		]);
		expect(matrix.rows.at(-1)?.cells).toEqual(['context', null, 'lowers']);
		expect(matrix.drivers[2]).toMatchObject({ raising: 1, sources: 2 });
		expect(matrix.drivers[2].lowering).toBeCloseTo(0.64, 12);
	});

	it('is one source by its Arabic attribution when the English one is empty', () => {
		expect(sourceKey(mine('x', { a: 'raises' }, 'وكالة يونهاب'))).toBe('وكالة يونهاب');
	});
});

describe('the analyst’s confidence over the derived one', () => {
	it('shows the analyst’s level with the derived one and its reason beside it, in both languages', () => {
		const override = { level: 'high' as const, reason: { en: 'Two defectors confirm the rail traffic', ar: '' } };
		const c = scenarioConfidence(model, { ...assessed, confidence: override }, byWeight);
		expect(c).toMatchObject({ level: 'high', overridden: true, override, reason: 'single-source' });
		expect(c.derived.level).toBe('moderate');
		expect(c.text.en).toBe(
			'High confidence (analyst’s judgment; derived: moderate confidence — of the heaviest drivers, “Driver c” rests on a single source): Two defectors confirm the rail traffic'
		);
		expect(c.text.ar).toMatch(/^ثقة عالية \(تقدير المحلل؛ المستنتَجة من الأدلة: ثقة متوسطة — .+\): Two defectors/u);
	});

	it('is the derived confidence again once the override is cleared', () => {
		const c = scenarioConfidence(model, assessed, byWeight);
		expect(c).toMatchObject({ overridden: false, override: null, level: 'moderate' });
		expect(c.text).toEqual(c.derived.text);
	});
});
