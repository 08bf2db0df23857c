import { describe, expect, it } from 'vitest';
import { compareSeriesStyle, SERIES_COLORS } from './compare-series';
import { chartPalette, contrastRatio } from './palette';

const OUTCOME_COLORS = ['#D55E00', '#E69F00', '#56B4E9', '#009E73'];

/** CIELAB (D65) of `#RRGGBB`, for a perceptual distance (ΔE 1976). */
function lab(hex: string): number[] {
	const [r, g, b] = [1, 3, 5].map((o) => {
		const v = parseInt(hex.slice(o, o + 2), 16) / 255;
		return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
	});
	const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
	const [x, y, z] = [
		(0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047,
		0.2126 * r + 0.7152 * g + 0.0722 * b,
		(0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
	].map(f);
	return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

function distance(a: string, b: string): number {
	const [x, y] = [lab(a), lab(b)];
	return Math.hypot(x[0] - y[0], x[1] - y[1], x[2] - y[2]);
}

describe('compareSeriesStyle', () => {
	for (const theme of ['light', 'dark', 'projector'] as const) {
		const styles = [0, 1, 2, 3].map((i) => compareSeriesStyle(i, theme));

		it(`gives four scenarios four colours, dashes and markers (${theme})`, () => {
			expect(new Set(styles.map((s) => s.color)).size).toBe(4);
			expect(new Set(styles.map((s) => s.dash.join(','))).size).toBe(4);
			expect(new Set(styles.map((s) => s.point)).size).toBe(4);
		});

		it(`never uses, or comes close to, an outcome colour (${theme})`, () => {
			for (const s of styles)
				for (const o of OUTCOME_COLORS) expect(distance(s.color, o), `${s.color} vs ${o}`).toBeGreaterThan(25);
		});

		it(`keeps lines at ≥ 3:1 against the chart background (${theme})`, () => {
			const background = chartPalette(theme).background;
			for (const s of styles) expect(contrastRatio(s.color, background), s.color).toBeGreaterThanOrEqual(3);
		});
	}

	it('uses a light grey instead of the dark one on dark backgrounds', () => {
		expect(compareSeriesStyle(2, 'light').color).toBe('#444444');
		expect(compareSeriesStyle(2, 'dark').color).toBe('#BBBBBB');
		expect(SERIES_COLORS.light[0]).toBe('#0072B2');
	});

	it('fills the band with a translucent tint of the scenario colour', () => {
		expect(compareSeriesStyle(0, 'light').band).toBe('rgba(0, 114, 178, 0.14)');
	});

	it('cycles rather than failing past the fourth slot, and copies its dash', () => {
		expect(compareSeriesStyle(5, 'light').color).toBe(compareSeriesStyle(1, 'light').color);
		compareSeriesStyle(1, 'light').dash.push(99);
		expect(compareSeriesStyle(1, 'light').dash).toEqual([8, 4]);
	});
});
