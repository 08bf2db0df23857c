// Numbers as the app writes them, in either language. Latin digits everywhere (the analysts'
// convention, and what the charts, exports and CLI share); a true minus sign; and, in Arabic,
// a left-to-right mark in front of a sign so right-to-left layout keeps it before the digits.

import type { Locale } from '$lib/model';

export const LEFT_TO_RIGHT_MARK = '\u200E';
export const MINUS = '\u2212';

/** Text that must read left to right inside Arabic (a date, a ref, a signed number). */
export function keepLtr(text: string, locale: Locale): string {
	return locale === 'ar' ? `${LEFT_TO_RIGHT_MARK}${text}` : text;
}

/** The mark only where a sign leads, where right-to-left layout would move it after the digits. */
function signFirst(text: string, locale: Locale): string {
	return /^[+−]/.test(text) ? keepLtr(text, locale) : text;
}

const twoDecimals = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const twoDecimalsSigned = new Intl.NumberFormat('en-US', {
	minimumFractionDigits: 2,
	maximumFractionDigits: 2,
	signDisplay: 'exceptZero'
});
const upToTwoDecimals = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/**
 * Two decimals and a true minus (settings, index values, contributions); `signed` writes the plus
 * too, but not on a value that rounds to zero: "+0.21", "−0.08", "0.00".
 */
export function numberText(value: number, locale: Locale, signed = false): string {
	const text = (signed ? twoDecimalsSigned : twoDecimals).format(value).replace('-', MINUS);
	return signFirst(text, locale);
}

function signedFixed(value: number, digits: number, locale: Locale): string {
	const text = new Intl.NumberFormat('en-US', {
		minimumFractionDigits: digits,
		maximumFractionDigits: digits,
		signDisplay: 'exceptZero'
	})
		.format(value)
		.replace('-', MINUS);
	return signFirst(text, locale);
}

/**
 * A difference of two probabilities in percentage points, one decimal, signed: 0.0624 → "+6.2",
 * −0.0008 → "−0.1", a difference that rounds to nothing → "0.0". The unit is the caller's words.
 */
export function pointsText(difference: number, locale: Locale): string {
	return signedFixed(difference * 100, 1, locale);
}

/** A part of a gap in the index, three decimals, signed: parts are often below a hundredth. */
export function indexDifferenceText(difference: number, locale: Locale): string {
	return signedFixed(difference, 3, locale);
}

/** Up to two decimals, for data tables (percent values and index values alike): "37.5", "−0.2". */
export function tableNumber(value: number, locale: Locale): string {
	// A small negative that rounds to zero is "0", not "−0".
	const text = upToTwoDecimals.format(value);
	return signFirst((text === '-0' ? '0' : text).replace('-', MINUS), locale);
}

/**
 * A share in [0, 1] as whole percent: 0.374 → "37%". Settings and axes may say 0% or 100%; a
 * key judgment's estimate never does, and is written by the engine (`percent` of `$lib/model`).
 */
export function percentText(share: number): string {
	return `${Math.round(share * 100)}%`;
}

/** A count with grouping, the same in both languages: 10000 → "10,000". */
export function countText(n: number): string {
	return n.toLocaleString('en-US');
}
