// Text helpers the builders share, over the caller's formatters (ChartText): the builders stay
// language-free, and the formats themselves are src/lib/format's.

import { LEFT_TO_RIGHT_MARK, MINUS } from '$lib/format';
import type { ChartContext } from './types';

/** A value with its sign always written: "+0.21", "−0.08", "0". */
export function signed(value: number, ctx: ChartContext): string {
	const digits = ctx.text.number(Math.abs(value));
	if (value === 0 || digits === ctx.text.number(0)) return ctx.text.number(0);
	const mark = ctx.rtl ? LEFT_TO_RIGHT_MARK : '';
	return `${mark}${value > 0 ? '+' : MINUS}${digits}`;
}

/** An axis value already scaled to 0–100 back through the caller's percent formatter. */
export function percentOf(value: number, ctx: ChartContext): string {
	return ctx.text.percent(value / 100);
}

/** Probabilities go on percent axes; scaling in one place keeps charts and tables equal. */
export function toPercent(series: readonly number[]): number[] {
	return series.map((v) => v * 100);
}

/** Display labels for the projection's steps. */
export function timeLabels(times: readonly string[], ctx: ChartContext): string[] {
	return times.map((t) => ctx.text.time(t));
}
