import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyMove, clampPosition, moveForKey, progress } from './navigation';

const STEPS = [1, 4, 1, 3, 1];

describe('moveForKey', () => {
	it('mirrors the arrows in right-to-left decks and keeps the other keys', () => {
		expect(moveForKey('ArrowRight', { rtl: false, shift: false })).toBe('next');
		expect(moveForKey('ArrowLeft', { rtl: false, shift: false })).toBe('previous');
		expect(moveForKey('ArrowRight', { rtl: true, shift: false })).toBe('previous');
		expect(moveForKey('ArrowLeft', { rtl: true, shift: false })).toBe('next');
		for (const rtl of [false, true]) {
			expect(moveForKey('PageDown', { rtl, shift: false })).toBe('next');
			expect(moveForKey('PageUp', { rtl, shift: false })).toBe('previous');
			expect(moveForKey(' ', { rtl, shift: false })).toBe('next');
			expect(moveForKey(' ', { rtl, shift: true })).toBe('previous');
			expect(moveForKey('Home', { rtl, shift: false })).toBe('first');
			expect(moveForKey('End', { rtl, shift: false })).toBe('last');
			expect(moveForKey('Escape', { rtl, shift: false })).toBe('exit');
			expect(moveForKey('a', { rtl, shift: false })).toBeNull();
		}
	});

	it('toggles full screen with F, by letter or by the key itself (an Arabic layout types «ب» there)', () => {
		expect(moveForKey('f', { rtl: false, shift: false })).toBe('fullscreen');
		expect(moveForKey('F', { rtl: false, shift: true })).toBe('fullscreen');
		expect(moveForKey('ب', { rtl: true, shift: false, code: 'KeyF' })).toBe('fullscreen');
		expect(moveForKey('ب', { rtl: true, shift: false, code: 'KeyB' })).toBeNull();
	});
});

describe('applyMove', () => {
	it('reveals every step before leaving a slide, and shows an earlier slide in full on the way back', () => {
		let p = { slide: 1, step: 0 };
		p = applyMove(p, STEPS, 'next');
		expect(p).toEqual({ slide: 1, step: 1 });
		p = applyMove({ slide: 1, step: 3 }, STEPS, 'next');
		expect(p).toEqual({ slide: 2, step: 0 });
		expect(applyMove(p, STEPS, 'previous')).toEqual({ slide: 1, step: 3 });
		expect(applyMove({ slide: 1, step: 2 }, STEPS, 'previous')).toEqual({ slide: 1, step: 1 });
	});

	it('holds still at the ends; first and last jump there, last in full', () => {
		expect(applyMove({ slide: 0, step: 0 }, STEPS, 'previous')).toEqual({ slide: 0, step: 0 });
		expect(applyMove({ slide: 4, step: 0 }, STEPS, 'next')).toEqual({ slide: 4, step: 0 });
		expect(applyMove({ slide: 3, step: 1 }, STEPS, 'first')).toEqual({ slide: 0, step: 0 });
		expect(applyMove({ slide: 0, step: 0 }, [1, 3], 'last')).toEqual({ slide: 1, step: 2 });
	});

	it('undoes a step forward with a step back, anywhere but the last step of the deck', () => {
		const deck = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 12 });
		fc.assert(
			fc.property(deck, fc.nat(), fc.nat(), (steps, s, t) => {
				const here = clampPosition({ slide: s % steps.length, step: t }, steps);
				const atEnd = here.slide === steps.length - 1 && here.step === steps[here.slide] - 1;
				const atStart = here.slide === 0 && here.step === 0;
				if (!atEnd) expect(applyMove(applyMove(here, steps, 'next'), steps, 'previous')).toEqual(here);
				if (!atStart) expect(applyMove(applyMove(here, steps, 'previous'), steps, 'next')).toEqual(here);
			})
		);
	});
});

describe('progress', () => {
	it('counts slides, not steps', () => {
		expect(progress({ slide: 1, step: 2 }, STEPS)).toEqual({ current: 2, total: 5, fraction: 0.4 });
		expect(progress({ slide: 9, step: 0 }, STEPS).current).toBe(5);
		expect(progress({ slide: 0, step: 0 }, [])).toEqual({ current: 0, total: 0, fraction: 0 });
	});
});
