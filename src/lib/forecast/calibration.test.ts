import { describe, expect, it } from 'vitest';
import { binaryForecasts, binOf, calibrationBins } from './calibration';
import type { ScoredForecast } from './types';

describe('calibrationBins', () => {
	it('bins by tenths, 1 in the last bin, with mean forecast, observed frequency and count', () => {
		const bins = calibrationBins([
			{ probability: 0.05, held: false },
			{ probability: 0.12, held: false },
			{ probability: 0.18, held: true },
			{ probability: 0.7, held: true },
			{ probability: 1, held: true }
		]);
		expect(bins).toHaveLength(10);
		expect(bins[0]).toMatchObject({ from: 0, to: 0.1, count: 1, meanForecast: 0.05, observedFrequency: 0 });
		expect(bins[1].count).toBe(2);
		expect(bins[1].meanForecast).toBeCloseTo(0.15, 12);
		expect(bins[1].observedFrequency).toBe(0.5);
		expect(bins[7]).toMatchObject({ count: 1, observedFrequency: 1 });
		expect(bins[9]).toMatchObject({ count: 1, meanForecast: 1, observedFrequency: 1 });
		expect(bins[5]).toMatchObject({ count: 0, meanForecast: null, observedFrequency: null });
	});

	it('puts a bin edge in the bin it starts, despite floating point (0.3, 0.6, 0.7)', () => {
		expect([0, 0.1, 0.3, 0.6, 0.7, 0.9999].map(binOf)).toEqual([0, 1, 3, 6, 7, 9]);
	});

	it('turns each scored forecast into K binary forecasts, one of which held', () => {
		const scored = { probabilities: [0.1, 0.2, 0.5, 0.2], observed: 2 } as ScoredForecast;
		expect(binaryForecasts([scored])).toEqual([
			{ probability: 0.1, held: false },
			{ probability: 0.2, held: false },
			{ probability: 0.5, held: true },
			{ probability: 0.2, held: false }
		]);
	});
});
