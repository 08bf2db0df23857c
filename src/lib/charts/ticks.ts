// Tick labels that say something: on a value axis, as many decimals as the ticks' step needs, so
// neighbouring ticks read differently (a gap chart spanning −0.04 to 0 had "−0.04, −0.04, −0.03…") and
// never "−0"; on a time axis, years instead of quarters when the quarters would not all fit.

import { LEFT_TO_RIGHT_MARK, MINUS } from '$lib/format';

const MAX_DECIMALS = 4;

/** A value with a fixed number of decimals, a true minus, and no sign on a value that rounds to 0. */
export function fixedText(value: number, decimals: number): string {
	const text = value.toFixed(decimals);
	if (Number(text) === 0) return (0).toFixed(decimals);
	return text.replace('-', MINUS);
}

/**
 * The fewest decimals (0 to 4) that write every tick exactly: Chart.js puts ticks at round steps
 * (5, 0.5, 0.005…), so ticks written with their step's decimals all read differently.
 */
export function tickDecimals(values: readonly number[]): number {
	for (let d = 0; d < MAX_DECIMALS; d++) {
		if (values.every((v) => Math.abs(Number(v.toFixed(d)) - v) < 1e-9)) return d;
	}
	return MAX_DECIMALS;
}

/**
 * A Chart.js tick callback for a linear axis: each tick written with the decimals all ticks need
 * (see `tickDecimals`), through `write` (which adds a sign, a unit, a direction mark).
 */
export function distinctTicks(write: (text: string, value: number) => string) {
	return (value: number | string, _index?: number, ticks?: readonly { value: number }[]) => {
		const values = ticks && ticks.length > 0 ? ticks.map((t) => t.value) : [Number(value)];
		return write(fixedText(Number(value), tickDecimals(values)), Number(value));
	};
}

/** A tick's text with its sign: "+0.04", "−0.04", "0" (a left-to-right mark first in Arabic). */
export function signedTick(text: string, value: number, rtl: boolean): string {
	if (Number(text.replace(MINUS, '-')) === 0) return text;
	const signed = value > 0 ? `+${text}` : text;
	return rtl ? `${LEFT_TO_RIGHT_MARK}${signed}` : signed;
}

/** The year a time label names: its four-digit number ("Q3 2025", "الربع الثالث 2025"). */
export function labelYear(label: string): string | null {
	return /\d{4}/.exec(label)?.[0] ?? null;
}

/**
 * Indexes of the labels that start a year (the year differs from the label before): where
 * yearly labels go. The first label counts only if it is the year's first quarter, so a
 * projection starting in Q3 2025 is not labelled "2025" at its start.
 */
export function yearStarts(labels: readonly string[], firstStartsYear: boolean): number[] {
	return labels.flatMap((label, i) => {
		if (i === 0) return firstStartsYear ? [0] : [];
		const year = labelYear(label);
		return year !== null && year !== labelYear(labels[i - 1]) ? [i] : [];
	});
}

/**
 * Whether quarterly labels fit side by side: every label's width (estimated from its length at
 * the font size) plus the padding between them, against the axis's width.
 */
export function quartersFit(labels: readonly string[], width: number, fontSize: number, padding: number): boolean {
	const longest = Math.max(0, ...labels.map((l) => l.length));
	return labels.length * (longest * fontSize * 0.6 + padding) <= width;
}
