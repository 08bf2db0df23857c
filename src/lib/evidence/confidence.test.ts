import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyticConfidence, confidenceLevel, WEAKNESSES, type CarryingDriver } from './confidence';
import { item, modelWith, scenarioWith } from './test-evidence';

/** Strong support for a driver: two sources, one of them high-grade, agreeing. */
const strong = (d: string) => [
	item(`${d}-1`, { [d]: 'raises' }, 'A1', `Treaty ${d}`),
	item(`${d}-2`, { [d]: 'raises' }, 'C3', `Author ${d}`)
];
const up = scenarioWith({ a: 0.5, b: 0.5, c: 0.5 });

describe('analyticConfidence', () => {
	it('high when every heavy driver rests on several agreeing sources with high-grade information', () => {
		const c = analyticConfidence(modelWith(['a', 'b', 'c'].flatMap(strong)), up, ['a', 'b', 'c']);
		expect(c.level).toBe('high');
		expect(c.reason).toBe('agreement');
		expect(c.drivers).toEqual(['a', 'b', 'c']);
		expect(c.text.en).toBe(
			'High confidence: the heaviest drivers, “Driver a”, “Driver b” and “Driver c”, each rest on several sources in agreement, with confirmed or probable information from a reliable source'
		);
		expect(c.text.ar).toMatch(/^ثقة عالية: أثقل العوامل وزناً، «العامل a» و«العامل b» و«العامل c»،/u);
	});

	it('one strong source against many weak ones: the balance follows the strong one, but one source is not enough', () => {
		const weak = [1, 2, 3].map((n) => item(`w${n}`, { a: 'lowers' }, 'F4', `Rumour ${n}`));
		const single = [item('treaty', { a: 'raises' }, 'A1', 'Treaty'), item('treaty-2', { a: 'raises' }, 'A1', 'Treaty')];
		const model = modelWith([...single, ...strong('b'), ...strong('c')]);
		const c = analyticConfidence(model, up, ['a', 'b', 'c']);
		expect(c).toMatchObject({ level: 'low', reason: 'single-source', drivers: ['a'] });
		expect(c.text.en).toBe('Low confidence: of the heaviest drivers, “Driver a” rests on a single source');
		expect(c.text.ar).toBe('ثقة منخفضة: من بين أثقل العوامل وزناً، مصدر واحد فقط وراء «العامل a»');
		// Many weak sources lowering it, with the strong one raising it: several sources, the balance still up.
		const crowded = analyticConfidence(modelWith([single[0], ...weak, ...strong('b'), ...strong('c')]), up, [
			'a',
			'b',
			'c'
		]);
		expect(crowded).toMatchObject({ level: 'high', reason: 'agreement' });
		// Many weak sources alone: low-grade only.
		const onlyWeak = analyticConfidence(
			modelWith([...weak, ...strong('b'), ...strong('c')]),
			scenarioWith({ a: -0.5, b: 0.5, c: 0.5 }),
			['a', 'b', 'c']
		);
		expect(onlyWeak).toMatchObject({ level: 'low', reason: 'low-grade-only', drivers: ['a'] });
	});

	it('conflicting directions leave confidence moderate; two conflicting heavy drivers named together', () => {
		const conflict = (d: string) => [
			item(`${d}-up`, { [d]: 'raises' }, 'B2', `Up ${d}`),
			item(`${d}-down`, { [d]: 'lowers' }, 'B2', `Down ${d}`)
		];
		const c = analyticConfidence(modelWith([...strong('a'), ...conflict('b'), ...conflict('c')]), up, ['a', 'b', 'c']);
		expect(c).toMatchObject({ level: 'moderate', reason: 'conflicting', drivers: ['b', 'c'] });
		expect(c.text.en).toBe(
			'Moderate confidence: of the heaviest drivers, the evidence on “Driver b” and “Driver c” conflicts'
		);
	});

	it('no evidence behind the heaviest driver is low confidence, whatever the others', () => {
		const c = analyticConfidence(modelWith([...strong('b'), ...strong('c')]), up, ['a', 'b', 'c']);
		expect(c).toMatchObject({ level: 'low', reason: 'no-evidence', drivers: ['a'] });
		expect(c.text.en).toBe('Low confidence: of the heaviest drivers, no evidence pushes “Driver a” either way');
		const none = analyticConfidence(modelWith([]), up, []);
		expect(none).toMatchObject({ level: 'low', reason: 'no-drivers', drivers: [] });
		expect(none.text.en).toBe('Low confidence: no driver moves the outcome');
	});

	it('an assessment against the balance of its evidence weakens the driver', () => {
		const c = analyticConfidence(
			modelWith(['a', 'b', 'c'].flatMap(strong)),
			scenarioWith({ a: 0.5, b: 0.5, c: -0.5 }),
			['a', 'b', 'c']
		);
		expect(c).toMatchObject({ level: 'moderate', reason: 'against-evidence', drivers: ['c'] });
		expect(c.text.en).toBe(
			'Moderate confidence: of the heaviest drivers, the assessment of “Driver c” runs against the balance of its evidence'
		);
	});

	it('only the first three of the ranking carry the judgments; unknown ids are skipped', () => {
		const c = analyticConfidence(modelWith(['a', 'b', 'c'].flatMap(strong)), up, ['zz', 'c', 'b', 'a']);
		expect(c.carrying.map((x) => x.driver)).toEqual(['c', 'b', 'a']);
	});
});

describe('confidenceLevel', () => {
	const weakness = fc.constantFrom(null, ...WEAKNESSES);
	const carrying = fc
		.array(weakness, { minLength: 1, maxLength: 3 })
		.map((ws) => ws.map((weakness, i): CarryingDriver => ({ driver: `d${i}`, weakness })));
	const weak = (w: CarryingDriver['weakness']) =>
		w === 'no-evidence' || w === 'against-evidence' || w === 'single-source' || w === 'low-grade-only';

	it('high only when nothing weakens any carrying driver; low when the heaviest or half of them are weak', () => {
		fc.assert(
			fc.property(carrying, (c) => {
				const level = confidenceLevel(c);
				expect(level === 'high').toBe(c.every((x) => x.weakness === null));
				const weakCount = c.filter((x) => weak(x.weakness)).length;
				expect(level === 'low').toBe(weak(c[0].weakness) || 2 * weakCount >= c.length);
			})
		);
	});

	it('fixing a driver’s weakness never lowers the level', () => {
		const rank = { low: 0, moderate: 1, high: 2 };
		fc.assert(
			fc.property(carrying, fc.nat(), (c, i) => {
				const fixed = c.map((x, j) => (j === i % c.length ? { ...x, weakness: null } : x));
				expect(rank[confidenceLevel(fixed)]).toBeGreaterThanOrEqual(rank[confidenceLevel(c)]);
			})
		);
	});
});
