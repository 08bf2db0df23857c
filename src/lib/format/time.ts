// Dates and the model's steps as the app writes them, in either language (Latin digits in Arabic
// too). The language is always given: a PowerPoint file or a PDF is written in the slide
// language, whatever the page around the button is in; $lib/i18n/text binds the page's.

import type { Locale } from '$lib/model';
import { m } from '$lib/paraglide/messages';

const QUARTERS = [m.quarter_ordinal_1, m.quarter_ordinal_2, m.quarter_ordinal_3, m.quarter_ordinal_4];

/** A step `2025-Q3` → "Q3 2025" / "الربع الثالث 2025" (the quarter in words), as the axes write it; anything else as it is. */
export function quarterText(step: string, locale: Locale): string {
	const match = /^(\d{4})-Q([1-4])$/.exec(step);
	if (!match) return step;
	const quarter = QUARTERS[Number(match[2]) - 1]({}, { locale });
	return m.quarter_label({ quarter, year: match[1] }, { locale });
}

/** The step a month `2026-06` falls in: `2026-Q2`. */
export function quarterOfMonth(month: string): string {
	const [year, number] = month.split('-');
	return `${year}-Q${Math.ceil(Number(number) / 3)}`;
}

// Made once per language: building an Intl.DateTimeFormat costs far more than formatting with
// one, and the dashboard's server render writes every event's window (3 ms a page before).
const monthFormats = new Map<Locale, Intl.DateTimeFormat>();
function monthFormat(locale: Locale): Intl.DateTimeFormat {
	let format = monthFormats.get(locale);
	if (!format) {
		format = new Intl.DateTimeFormat(locale === 'ar' ? 'ar-u-nu-latn' : 'en-GB', {
			month: 'long',
			year: 'numeric',
			timeZone: 'UTC'
		});
		monthFormats.set(locale, format);
	}
	return format;
}

function monthDate(month: string): Date | null {
	const match = /^(\d{4})-(\d{2})$/.exec(month);
	return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)) : null;
}

/** A month `2026-06` → "June 2026" / "يونيو 2026"; anything else as it is. */
export function monthText(month: string, locale: Locale): string {
	const date = monthDate(month);
	return date ? monthFormat(locale).format(date) : month;
}

/**
 * An event's window {from, to} of months: "June 2026 – December 2027", "January – June 2026", or
 * one month when from = to (a format-1 date), as the locale writes a range.
 */
export function monthRangeText(window: { from: string; to: string }, locale: Locale): string {
	const from = monthDate(window.from);
	const to = monthDate(window.to);
	if (!from || !to) return window.from === window.to ? window.from : `${window.from} – ${window.to}`;
	// ICU puts thin spaces around the dash, and versions differ: plain spaces, so server and browser agree.
	return monthFormat(locale).formatRange(from, to).replace(/\s+/gu, ' ');
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
