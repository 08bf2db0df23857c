import { describe, expect, it } from 'vitest';
import { chartPalette, contrastRatio } from './palette';
import type { ChartTheme } from './types';

const themes: ChartTheme[] = ['light', 'dark', 'projector'];

describe('chartPalette', () => {
	it.each(themes)('%s: text and secondary text reach 4.5:1 on the background', (theme) => {
		const p = chartPalette(theme);
		expect(contrastRatio(p.text, p.background)).toBeGreaterThanOrEqual(4.5);
		expect(contrastRatio(p.muted, p.background)).toBeGreaterThanOrEqual(4.5);
	});

	it.each(themes)('%s: bars and lines reach 3:1 on the background', (theme) => {
		const p = chartPalette(theme);
		for (const color of [p.pushesUp, p.pushesDown, p.band.median, p.lowEnd, p.highEnd, p.inputs, p.unmodelled]) {
			expect(contrastRatio(color, p.background)).toBeGreaterThanOrEqual(3);
		}
	});

	it.each(themes)('%s: the two contribution hues differ in lightness, not only in hue', (theme) => {
		const p = chartPalette(theme);
		expect(contrastRatio(p.pushesUp, p.pushesDown)).toBeGreaterThanOrEqual(1.4);
	});

	it.each(themes)('%s: the tornado’s two ends and the two kinds of source differ in lightness too', (theme) => {
		const p = chartPalette(theme);
		expect(contrastRatio(p.lowEnd, p.highEnd)).toBeGreaterThanOrEqual(1.4);
		expect(contrastRatio(p.inputs, p.unmodelled)).toBeGreaterThanOrEqual(1.4);
	});

	it('uses the documented backgrounds', () => {
		expect(chartPalette('light').background).toBe('#ffffff');
		expect(chartPalette('dark').background).toBe('#14181f');
		expect(chartPalette('projector').background).toBe('#ffffff');
	});

	it('projector has larger type and thicker lines than light', () => {
		const light = chartPalette('light');
		const projector = chartPalette('projector');
		expect(projector.fontSize).toBeGreaterThan(light.fontSize);
		expect(projector.titleSize).toBeGreaterThan(light.titleSize);
		expect(projector.smallSize).toBeGreaterThan(light.smallSize);
		expect(projector.lineWidth).toBeGreaterThan(light.lineWidth);
		expect(projector.thinLineWidth).toBeGreaterThan(light.thinLineWidth);
	});

	it('computes WCAG contrast', () => {
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
	});
});
