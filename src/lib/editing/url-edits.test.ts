import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	applyEdits,
	editsBetween,
	hasEdits,
	withDriverField,
	withDynamicsField,
	withEventProbability
} from './scenario-edits';
import { decodeEditsQuery, decodeLinkState, editsQuery, encodeLinkState } from './url-edits';
import type { ScenarioInput } from '$lib/model';

const preset: ScenarioInput = {
	format: 1,
	id: 'baseline',
	model: 'm',
	title: { en: 't', ar: 't' },
	summary: { en: 's', ar: 's' },
	seed: 5,
	samples: 1000,
	drivers: {
		'china-calculus': { weight: 0.7, assessment: 0.1, low: -0.4, high: 0.4, trend: 0 },
		war: { weight: 0.9, assessment: 0.5, low: 0.2, high: 0.8, trend: -0.05 }
	},
	events: { ceasefire: { probability: 0.35 } }
};

describe('link state', () => {
	it('round-trips any edits through the URL', () => {
		const value = fc.double({ min: -1, max: 1, noNaN: true });
		fc.assert(
			fc.property(
				fc.constantFrom('china-calculus', 'war'),
				fc.constantFrom('weight', 'assessment', 'low', 'high', 'trend' as const),
				value,
				value,
				(id, field, v, p) => {
					const edited = withEventProbability(
						withDriverField(preset, id, field, field === 'weight' ? Math.abs(v) : v),
						'ceasefire',
						Math.abs(p)
					);
					const edits = editsBetween(preset, edited);
					const params = encodeLinkState(
						new URLSearchParams('lang=x'),
						{ kind: 'preset', model: 'm', scenario: 'baseline' },
						edits
					);
					const decoded = decodeLinkState(new URLSearchParams(params.toString()));
					expect(decoded.unreadable).toEqual([]);
					expect(decoded.model).toBe('m');
					expect(params.get('lang')).toBe('x');
					expect(applyEdits(preset, decoded.edits)).toEqual(edited);
				}
			)
		);
	});

	it('round-trips the unmodelled factors through the URL, both together', () => {
		const modelDynamics = { persistence: 0.85, volatility: 0.15 };
		fc.assert(
			fc.property(
				fc.constantFrom('volatility', 'persistence' as const),
				fc.double({ min: 0, max: 5, noNaN: true }),
				fc.boolean(),
				(field, value, ownDynamics) => {
					const base = ownDynamics ? { ...preset, dynamics: { persistence: 0.5, volatility: 0.3 } } : preset;
					const edited = withDynamicsField(base, field, value, { model: modelDynamics, base });
					const edits = editsBetween(base, edited);
					expect(hasEdits(edits)).toBe(edited !== base);
					const params = encodeLinkState(new URLSearchParams(), { kind: 'preset', model: 'm' }, edits);
					const decoded = decodeLinkState(new URLSearchParams(params.toString()));
					expect(decoded.unreadable).toEqual([]);
					expect(applyEdits(base, decoded.edits)).toEqual(edited);
				}
			)
		);
		const quiet = withDynamicsField(preset, 'volatility', 0, { model: modelDynamics, base: preset });
		expect(quiet.dynamics).toEqual({ persistence: 0.85, volatility: 0 });
		const params = encodeLinkState(new URLSearchParams(), { kind: 'preset', model: 'm' }, editsBetween(preset, quiet));
		expect(params.get('u')).toBe('v0,p0.85');
	});

	it('reads the unmodelled factors only when the link gives both', () => {
		expect(decodeLinkState(new URLSearchParams('u=p0.7,v0.1')).edits.dynamics).toEqual({
			persistence: 0.7,
			volatility: 0.1
		});
		for (const text of ['v0.1', 'v0.1,v0.2', 'v0.1,px', 'v0.1,p0.7,q1'])
			expect(decodeLinkState(new URLSearchParams({ u: text })).unreadable, text).toEqual([`u: ${text}`]);
	});

	it('round-trips the notes on the charts, added, changed and all removed', () => {
		const month = fc
			.tuple(fc.integer({ min: 2025, max: 2035 }), fc.integer({ min: 1, max: 12 }))
			.map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);
		const text = fc.string({ minLength: 1, maxLength: 80 }).filter((t) => t.trim() === t && t.length > 0);
		const notes = fc.array(fc.record({ date: month, text }), { maxLength: 20 });
		fc.assert(
			fc.property(notes, notes, (before, after) => {
				const base: ScenarioInput = before.length > 0 ? { ...preset, annotations: before } : preset;
				const edited: ScenarioInput = after.length > 0 ? { ...preset, annotations: after } : preset;
				const edits = editsBetween(base, edited);
				expect(hasEdits(edits)).toBe(JSON.stringify(before) !== JSON.stringify(after));
				const params = encodeLinkState(new URLSearchParams(), { kind: 'preset', model: 'm' }, edits);
				const decoded = decodeLinkState(new URLSearchParams(params.toString()));
				expect(decoded.unreadable).toEqual([]);
				expect(applyEdits(base, decoded.edits)).toEqual(edited);
				// A ref to an edited scenario (Compare) carries them too.
				expect(applyEdits(base, decodeEditsQuery(editsQuery(edits)).edits)).toEqual(edited);
			})
		);
		const gala = { ...preset, annotations: [{ date: '2026-06', text: 'Treaty: gala & 50% ~ «حفل»' }] };
		const params = encodeLinkState(new URLSearchParams(), { kind: 'preset', model: 'm' }, editsBetween(preset, gala));
		expect(params.getAll('n')).toEqual(['2026-06:Treaty: gala & 50% ~ «حفل»']);
		const none = encodeLinkState(new URLSearchParams(), { kind: 'preset', model: 'm' }, editsBetween(gala, preset));
		expect(none.toString()).toBe('model=m&n=');
		expect(applyEdits(gala, decodeLinkState(none).edits)).not.toHaveProperty('annotations');
	});

	it('reports notes it cannot read, too long or too many, instead of carrying them', () => {
		const read = (...notes: string[]) => {
			const params = new URLSearchParams();
			for (const n of notes) params.append('n', n);
			return decodeLinkState(params);
		};
		for (const bad of ['2026-13:x', '2026-6:x', '2026-06', '2026-06:   ', `2026-06:${'x'.repeat(81)}`])
			expect(read(bad).unreadable, bad).toHaveLength(1);
		expect(read(`2026-06:${'x'.repeat(80)}`).edits.annotations).toHaveLength(1);
		const many = read(...Array.from({ length: 25 }, (_, i) => `2026-0${(i % 9) + 1}:note ${i}`));
		expect(many.edits.annotations).toHaveLength(20);
		expect(many.unreadable).toHaveLength(5);
	});

	it('writes nothing for an unedited preset', () => {
		const params = encodeLinkState(
			new URLSearchParams(),
			{ kind: 'preset', model: 'm', scenario: 'baseline' },
			editsBetween(preset, preset)
		);
		expect(params.toString()).toBe('model=m&scenario=baseline');
	});

	it('names a saved scenario by id and revision', () => {
		const params = encodeLinkState(
			new URLSearchParams('model=m&scenario=b'),
			{ kind: 'saved', id: 'Xk2p9QaZ1m', revision: 3 },
			{ drivers: { war: { assessment: 0.2 } }, events: {} }
		);
		expect(params.toString()).toBe('saved=Xk2p9QaZ1m&rev=3&d=war%3Aa0.2');
		const decoded = decodeLinkState(params);
		expect([decoded.saved, decoded.revision, decoded.model]).toEqual(['Xk2p9QaZ1m', 3, undefined]);
		expect(decodeLinkState(new URLSearchParams('saved=x&rev=-1')).unreadable).toEqual(['rev: -1']);
	});

	it('reports the parts it cannot read instead of guessing', () => {
		const decoded = decodeLinkState(new URLSearchParams('d=war:wabc,a0.3&e=ceasefire:x&seed=1e'));
		expect(decoded.edits.drivers.war).toEqual({ assessment: 0.3 });
		expect(decoded.unreadable).toHaveLength(3);
	});
});

describe('driver edits', () => {
	it('keep low ≤ assessment ≤ high', () => {
		const moved = withDriverField(preset, 'war', 'assessment', 0.95);
		expect(moved.drivers.war).toMatchObject({ assessment: 0.95, high: 0.95, low: 0.2 });
		expect(withDriverField(preset, 'war', 'low', 0.7).drivers.war.low).toBe(0.5);
		expect(withDriverField(preset, 'war', 'high', -0.5).drivers.war.high).toBe(0.5);
	});
});
