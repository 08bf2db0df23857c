// The interface language, and the app's formats (src/lib/format) bound to it for the pages.
// Model content carries both languages; the interface shows the one in use.

import { dateTimeText, numberText, percentText, quarterText, tableNumber } from '$lib/format';
import type { BilingualText, Locale } from '$lib/model';
import { getLocale } from '$lib/paraglide/runtime';

/** The language the page is shown in. */
export function uiLocale(): Locale {
	return getLocale() === 'ar' ? 'ar' : 'en';
}

export function tr(text: BilingualText): string {
	return text[uiLocale()];
}

/** `2025-Q3` → "Q3 2025" / "الربع الثالث 2025". */
export function timeLabel(step: string): string {
	return quarterText(step, uiLocale());
}

/** Two decimals with the sign always written ("+0.21", "−0.08", "0.00"). */
export function formatSigned(value: number): string {
	return numberText(value, uiLocale(), true);
}

/** Two decimals, a true minus, no plus: the charts add signs themselves where they mean something. */
export function formatNumber(value: number): string {
	return numberText(value, uiLocale());
}

/** Up to two decimals, for data tables (percent values and index values alike). */
export function formatTableNumber(value: number): string {
	return tableNumber(value, uiLocale());
}

export const formatPercent = percentText;

/** A stored time in the interface language, in UTC. */
export function formatDateTime(iso: string): string {
	return dateTimeText(iso, uiLocale());
}
