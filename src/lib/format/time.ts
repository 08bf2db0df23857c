// Dates and the model's steps as the app writes them, in either language (Latin digits in Arabic
// too). The language is always given: a PowerPoint file or a PDF is written in the slide
// language, whatever the page around the button is in; $lib/i18n/text binds the page's.

import type { Locale } from '$lib/model';
import { m } from '$lib/paraglide/messages';

/** A step `2025-Q3` → "Q3 2025" / "الربع 3 2025", as the axes write it; anything else as it is. */
export function quarterText(step: string, locale: Locale): string {
	const match = /^(\d{4})-Q(\d)$/.exec(step);
	return match ? m.quarter_label({ quarter: match[2], year: match[1] }, { locale }) : step;
}

/** The step a month `2026-06` falls in: `2026-Q2`. */
export function quarterOfMonth(month: string): string {
	const [year, number] = month.split('-');
	return `${year}-Q${Math.ceil(Number(number) / 3)}`;
}

/** A month `2026-06` → "June 2026" / "يونيو 2026"; anything else as it is. */
export function monthText(month: string, locale: Locale): string {
	const match = /^(\d{4})-(\d{2})$/.exec(month);
	if (!match) return month;
	const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
	return new Intl.DateTimeFormat(locale === 'ar' ? 'ar-u-nu-latn' : 'en-GB', {
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(date);
}

/** The day of an instant, `YYYY-MM-DD` in UTC: export dates in provenance lines and file footers. */
export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

const dateTimes: Record<Locale, Intl.DateTimeFormat> = {
	en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }),
	ar: new Intl.DateTimeFormat('ar-u-nu-latn', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })
};

/**
 * A stored time (ISO 8601). Always in UTC, said so: the server and the browser then render the
 * same text, and analysts in different cities read the same time. Unreadable input as it is.
 */
export function dateTimeText(iso: string, locale: Locale): string {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return iso;
	return `${dateTimes[locale].format(date)} UTC`;
}
