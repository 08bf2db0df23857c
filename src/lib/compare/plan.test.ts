import { describe, expect, it } from 'vitest';
import type { ModelInput } from '$lib/model';
import { tinyModel, tinyScenario } from '$lib/schema/test-fixtures';
import { planComparison, type Lookup, type PresetCatalog } from './plan';
import type { Candidate } from './types';

const tiny = tinyModel();
const other: ModelInput = { ...tinyModel(), id: 'other', title: { en: 'Other model', ar: 'نموذج آخر' } };

function candidate(model: ModelInput, id: string, ref = `preset:${model.id}/${id}`): Candidate {
	const title = { en: `Title ${id}`, ar: `عنوان ${id}` };
	return { ref, model, scenario: { ...tinyScenario(), id, model: model.id, title }, title, revision: null };
}

const found = (c: Candidate): Lookup => ({ ok: true, candidate: c });

function catalog(presets: Record<string, string[]>): PresetCatalog {
	const models = [tiny, other].filter((m) => presets[m.id]);
	return {
		models,
		presets: (id) =>
			(presets[id] ?? []).map((s) =>
				candidate(
					models.find((m) => m.id === id)!,
					s
				)
			)
	};
}

const library = catalog({ tiny: ['baseline', 'abandonment', 'drift'], other: ['baseline'] });
const refs = (plan: ReturnType<typeof planComparison>) => plan.chosen.map((c) => c.ref);

describe('planComparison', () => {
	it('defaults to the first model’s baseline and its next preset', () => {
		const plan = planComparison([], library);
		expect(plan.model.id).toBe('tiny');
		expect(refs(plan)).toEqual(['preset:tiny/baseline', 'preset:tiny/abandonment']);
		expect(plan.notices).toEqual([]);
	});

	it('puts the baseline first as the reference, the others in the link’s order', () => {
		const saved = candidate(tiny, 'x', 'saved:x@2');
		const plan = planComparison(
			[found(candidate(tiny, 'drift')), found(saved), found(candidate(tiny, 'baseline'))],
			library
		);
		expect(refs(plan)).toEqual(['preset:tiny/baseline', 'preset:tiny/drift', 'saved:x@2']);
		expect(plan.reference).toBe('preset:tiny/baseline');
		expect(plan.referenceAsked).toBe(false);
	});

	it('keeps the link’s first scenario as the reference when the baseline is not compared', () => {
		const plan = planComparison([found(candidate(tiny, 'drift')), found(candidate(tiny, 'abandonment'))], library);
		expect(refs(plan)).toEqual(['preset:tiny/drift', 'preset:tiny/abandonment']);
		expect(plan.reference).toBe('preset:tiny/drift');
	});

	it('takes the reference the link names, or the default when it names none of the compared', () => {
		const lookups = [
			found(candidate(tiny, 'baseline')),
			found(candidate(tiny, 'drift')),
			found(candidate(tiny, 'abandonment'))
		];
		const asked = planComparison(lookups, library, 'preset:tiny/abandonment');
		expect(refs(asked)).toEqual(['preset:tiny/abandonment', 'preset:tiny/baseline', 'preset:tiny/drift']);
		expect(asked.referenceAsked).toBe(true);
		const gone = planComparison(lookups, library, 'preset:tiny/elsewhere');
		expect(gone.reference).toBe('preset:tiny/baseline');
		expect(gone.referenceAsked).toBe(false);
	});

	it('shows a scenario named twice once, and says so', () => {
		const again = candidate(tiny, 'drift');
		const head = { ...candidate(tiny, 'x', 'saved:x'), revision: 3 };
		const pinned = { ...candidate(tiny, 'x', 'saved:x@3'), revision: 3 };
		const older = { ...candidate(tiny, 'x', 'saved:x@2'), revision: 2 };
		const plan = planComparison(
			[found(candidate(tiny, 'drift')), found(again), found(head), found(pinned), found(older)],
			library
		);
		expect(refs(plan)).toEqual(['preset:tiny/drift', 'saved:x', 'saved:x@2']);
		expect(plan.notices).toEqual([
			{ kind: 'duplicate', ref: 'preset:tiny/drift', title: again.title },
			{ kind: 'duplicate', ref: 'saved:x@3', title: pinned.title }
		]);
	});

	it('tops one scenario up with the baseline, or the next preset when it is the baseline', () => {
		expect(refs(planComparison([found(candidate(tiny, 'drift'))], library))).toEqual([
			'preset:tiny/baseline',
			'preset:tiny/drift'
		]);
		expect(refs(planComparison([found(candidate(tiny, 'baseline'))], library))).toEqual([
			'preset:tiny/baseline',
			'preset:tiny/abandonment'
		]);
	});

	it('compares on the first scenario’s model and names each odd one out', () => {
		const odd = candidate(other, 'baseline');
		const plan = planComparison(
			[found(candidate(tiny, 'drift')), found(odd), found(candidate(tiny, 'abandonment'))],
			library
		);
		expect(plan.model.id).toBe('tiny');
		expect(refs(plan)).toEqual(['preset:tiny/drift', 'preset:tiny/abandonment']);
		expect(plan.notices).toEqual([
			{ kind: 'other-model', ref: 'preset:other/baseline', title: odd.title, model: other.title, expected: tiny.title }
		]);
	});

	it('follows the first scenario to another model', () => {
		const plan = planComparison([found(candidate(other, 'baseline')), found(candidate(tiny, 'drift'))], library);
		expect(plan.model.id).toBe('other');
		expect(plan.notices.map((n) => n.kind)).toEqual(['other-model']);
		// `other` has one preset: it is compared with itself rather than with nothing.
		expect(refs(plan)).toEqual(['preset:other/baseline', 'preset:other/baseline']);
	});

	it('passes on failed lookups as notices and fills in for them', () => {
		const plan = planComparison(
			[{ ok: false, notice: { kind: 'not-found', ref: 'saved:gone' } }, found(candidate(tiny, 'drift'))],
			library
		);
		expect(plan.notices).toEqual([{ kind: 'not-found', ref: 'saved:gone' }]);
		expect(refs(plan)).toEqual(['preset:tiny/baseline', 'preset:tiny/drift']);
	});

	it('refuses to plan without any model', () => {
		expect(() => planComparison([], { models: [], presets: () => [] })).toThrow();
	});
});
