// How an exported number is written: the float's noise dropped (0.1 × 100 is
// 10.000000000000002), every meaningful digit kept, so a file rounds to what the screen shows.

/** Twelve significant digits: far beyond what a simulation of 10,000 paths can tell apart. */
const SIGNIFICANT = 12;

export function exportValue(value: number): number {
	if (!Number.isFinite(value)) return value;
	const rounded = Number(value.toPrecision(SIGNIFICANT));
	// −0 would be written "0" by String but kept by Excel as a negative zero.
	return Object.is(rounded, -0) ? 0 : rounded;
}

/** A number as a CSV writes it: plain digits, a dot, an ASCII minus, no grouping, no exponent. */
export function exportNumber(value: number): string {
	if (!Number.isFinite(value)) return '';
	const v = exportValue(value);
	const text = String(v);
	if (!/e/i.test(text)) return text;
	// Tiny and huge values: written out in full rather than as 1e-7, which some readers take as text.
	const digits = Math.min(20, Math.max(0, SIGNIFICANT - 1 - Math.floor(Math.log10(Math.abs(v)))));
	const fixed = v.toFixed(digits);
	return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}
