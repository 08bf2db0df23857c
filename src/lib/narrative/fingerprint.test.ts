import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { settingsFingerprint } from './fingerprint';

const driver = { weight: 0.5, assessment: 0.2, low: 0, high: 0.4, trend: 0 };
const settings = {
	drivers: { a: driver, b: { ...driver, weight: 0.3 } },
	events: { x: { probability: 0.35 }, y: { probability: 0.25 } }
};

describe('settingsFingerprint', () => {
	it('is the same whatever the order of the ids', () => {
		const reordered = {
			drivers: { b: settings.drivers.b, a: settings.drivers.a },
			events: { y: settings.events.y, x: settings.events.x }
		};
		expect(settingsFingerprint(reordered)).toBe(settingsFingerprint(settings));
	});

	it('changes when any setting changes, the unmodelled factors included', () => {
		const base = settingsFingerprint(settings);
		expect(settingsFingerprint({ ...settings, events: { ...settings.events, x: { probability: 0.8 } } })).not.toBe(
			base
		);
		expect(
			settingsFingerprint({ ...settings, drivers: { ...settings.drivers, a: { ...driver, trend: 0.01 } } })
		).not.toBe(base);
		expect(settingsFingerprint({ ...settings, dynamics: { volatility: 0.1, persistence: 0.8 } })).not.toBe(base);
	});

	it('tells apart any two event probabilities (property)', () => {
		fc.assert(
			fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (p, q) => {
				fc.pre(p !== q && !(Object.is(p, 0) && Object.is(q, -0)) && !(Object.is(p, -0) && Object.is(q, 0)));
				const a = settingsFingerprint({ ...settings, events: { x: { probability: p } } });
				const b = settingsFingerprint({ ...settings, events: { x: { probability: q } } });
				expect(a).not.toBe(b);
			})
		);
	});
});
