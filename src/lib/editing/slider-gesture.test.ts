import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SliderGesture } from './slider-gesture';

describe('a slider gesture', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('ends a run of arrow presses once, after a quiet spell', () => {
		const settle = vi.fn();
		const gesture = new SliderGesture(settle, 500);
		for (let i = 0; i < 5; i++) {
			gesture.key('ArrowRight');
			gesture.changed();
			vi.advanceTimersByTime(300);
		}
		expect(settle).not.toHaveBeenCalled();
		vi.advanceTimersByTime(200);
		expect(settle).toHaveBeenCalledTimes(1);
	});

	it('ends a key run at once when focus leaves', () => {
		const settle = vi.fn();
		const gesture = new SliderGesture(settle, 500);
		gesture.key('PageUp');
		gesture.changed();
		gesture.end();
		vi.advanceTimersByTime(1000);
		expect(settle).toHaveBeenCalledTimes(1);
	});

	it('ends a pointer drag when it lets go, and a key that does not move is no run', () => {
		const settle = vi.fn();
		const gesture = new SliderGesture(settle, 500);
		gesture.changed();
		expect(settle).toHaveBeenCalledTimes(1);
		gesture.key('Tab');
		gesture.changed();
		expect(settle).toHaveBeenCalledTimes(2);
	});
});
