// Model content carries both languages; the interface shows the one in use.

import type { BilingualText } from '$lib/model';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';

export function tr(text: BilingualText): string {
	return getLocale() === 'ar' ? text.ar : text.en;
}

/** `2025-Q3` → "Q3 2025" / "الربع 3 2025". */
export function timeLabel(step: string): string {
	const match = /^(\d{4})-Q(\d)$/.exec(step);
	return match ? m.quarter_label({ quarter: match[2], year: match[1] }) : step;
}

const signed = new Intl.NumberFormat('en-US', {
	minimumFractionDigits: 2,
	maximumFractionDigits: 2,
	signDisplay: 'exceptZero'
});
const plain = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

const table = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

// In right-to-left text a leading minus would be laid out after the digits; a left-to-right
// mark keeps "−0.21" reading as it should, in tables and on canvas alike.
const keepLeftToRight = (text: string) => (getLocale() === 'ar' && /^[+−]/.test(text) ? `\u200E${text}` : text);

/** Numbers keep Latin digits in both languages, as the charts and exports do. */
export function formatSigned(value: number): string {
	return keepLeftToRight(signed.format(value).replace('-', '−'));
}

export function formatPlain(value: number): string {
	return plain.format(value);
}

/** Two decimals, a true minus, no plus: the charts add signs themselves where they mean something. */
export function formatNumber(value: number): string {
	return keepLeftToRight(plain.format(value).replace('-', '−'));
}

/** Up to two decimals, for data tables (percent values and index values alike). */
export function formatTableNumber(value: number): string {
	return keepLeftToRight(table.format(value).replace('-', '−'));
}

export function formatPercent(value: number): string {
	return `${Math.round(value * 100)}%`;
}

const dateTimes = {
	en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }),
	ar: new Intl.DateTimeFormat('ar-u-nu-latn', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })
};

/**
 * A saved time in the interface language. Always in UTC, said so: the server and the browser
 * then render the same text, and analysts in different cities read the same time.
 */
export function formatDateTime(iso: string): string {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return iso;
	return `${dateTimes[getLocale() === 'ar' ? 'ar' : 'en'].format(date)} UTC`;
}
