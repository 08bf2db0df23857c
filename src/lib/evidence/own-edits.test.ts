import { describe, expect, it } from 'vitest';
import type { AnalystEvidence, ScenarioInput } from '$lib/model';
import { nextOwnEvidenceId, withConfidenceOverride, withOwnEvidence, withoutOwnEvidence } from './own-edits';
import { item, modelWith, scenarioWith } from './test-evidence';

const base = { ...scenarioWith(), id: 's' } as ScenarioInput;
const mine = (id: string, quote = 'seen'): AnalystEvidence => ({
	...item(id, { a: 'raises' }, 'B2'),
	quote: { en: quote, ar: '' },
	direction: { a: 'raises' },
	grade: { reliability: 'B', credibility: 2 },
	gradeReason: { en: 'why', ar: '' },
	date: '2026-11-20'
});

describe('own evidence edits', () => {
	it('adds, replaces in place by id, and removes down to no field at all', () => {
		const one = withOwnEvidence(base, mine('analyst-1'));
		const two = withOwnEvidence(one, mine('analyst-2'));
		const edited = withOwnEvidence(two, mine('analyst-1', 'seen again'));
		expect(edited.evidence?.map((e) => [e.id, e.quote.en])).toEqual([
			['analyst-1', 'seen again'],
			['analyst-2', 'seen']
		]);
		expect(two.evidence).toHaveLength(2);
		expect('evidence' in withoutOwnEvidence(one, 'analyst-1')).toBe(false);
	});

	it('gives the first id free of the model’s and the scenario’s items', () => {
		const model = modelWith([item('analyst-1', { a: 'raises' })]);
		expect(nextOwnEvidenceId(model, withOwnEvidence(base, mine('analyst-2')))).toBe('analyst-3');
		expect(nextOwnEvidenceId(modelWith([]), base)).toBe('analyst-1');
	});

	it('sets and clears the confidence override', () => {
		const set = withConfidenceOverride(base, { level: 'low', reason: { en: 'why', ar: '' } });
		expect(set.confidence?.level).toBe('low');
		expect('confidence' in withConfidenceOverride(set, null)).toBe(false);
	});
});
