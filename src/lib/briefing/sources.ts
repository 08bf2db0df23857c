// The sources slides: the article's quotes behind the drivers that move this outlook most. All
// 45 quotes of the flagship model would take a dozen slides; a briefing cites the ones that
// carry its argument, and the dashboard's evidence panels keep the rest one click away.

import type { GapAttribution, Locale, ModelInput, Projection, Tornado } from '$lib/model';
import { m } from '$lib/paraglide/messages';

export const SOURCE_DRIVERS = 6;
export const QUOTES_PER_SLIDE = 3;

/** Title of a sources slide, numbered when the quotes take more than one. */
export function sourcesTitle(page: number, pages: number, locale: Locale): string {
	return pages > 1 ? m.brief_sources_page({ page, pages }, { locale }) : m.brief_sources_title({}, { locale });
}

/** Drivers by influence: the tornado's swing when there is one, else |contribution| at the horizon. */
export function influenceOrder(projection: Projection, tornado: Tornado | null): string[] {
	if (tornado && tornado.bars.length > 0)
		return tornado.bars
			.filter((b) => b.kind === 'driver')
			.sort((a, b) => b.swing - a.swing || a.id.localeCompare(b.id))
			.map((b) => b.id);
	const last = projection.times.length - 1;
	return Object.entries(projection.contributions)
		.sort(([a, x], [b, y]) => Math.abs(y[last] ?? 0) - Math.abs(x[last] ?? 0) || a.localeCompare(b))
		.map(([id]) => id);
}

/**
 * Drivers by their part of the first gap of a comparison, largest first (in points of the headline
 * outcome, then in the index); events and the unmodelled factors cite no quotes.
 */
export function gapOrder(gap: GapAttribution | undefined, model: ModelInput): string[] {
	if (!gap) return model.drivers.map((d) => d.id);
	return gap.items
		.filter((item) => item.kind === 'driver')
		.sort(
			(a, b) =>
				Math.abs(b.probability) - Math.abs(a.probability) ||
				Math.abs(b.index) - Math.abs(a.index) ||
				a.id.localeCompare(b.id)
		)
		.map((item) => item.id);
}

export interface SourcePick {
	evidence: string;
	/** The driver the quote is cited for. */
	driver: string;
}

/**
 * One quote per driver, in the order given, skipping quotes already cited for an earlier driver
 * (an item often backs two drivers) and drivers the model gives no evidence.
 */
export function pickSources(model: ModelInput, order: readonly string[], drivers = SOURCE_DRIVERS): SourcePick[] {
	const known = new Set(model.evidence.map((e) => e.id));
	const used = new Set<string>();
	const picks: SourcePick[] = [];
	for (const id of order) {
		if (picks.length >= drivers) break;
		const driver = model.drivers.find((d) => d.id === id);
		const evidence = driver?.evidence.find((e) => known.has(e) && !used.has(e));
		if (!driver || !evidence) continue;
		used.add(evidence);
		picks.push({ evidence, driver: driver.id });
	}
	return picks;
}

export function paginate<T>(items: readonly T[], perPage = QUOTES_PER_SLIDE): T[][] {
	const pages: T[][] = [];
	for (let i = 0; i < items.length; i += perPage) pages.push(items.slice(i, i + perPage));
	return pages;
}

export interface SourceQuote {
	/** The driver the quote speaks to, already worded for the slide. */
	driver: string;
	quote: string;
	attribution: string;
}

/** The picked evidence as the slide shows it, in one language; picks whose ids vanished are skipped. */
export function sourceQuotes(
	model: ModelInput,
	picks: readonly SourcePick[],
	lang: Locale,
	driverLine: (label: string) => string
): SourceQuote[] {
	return picks.flatMap((pick) => {
		const item = model.evidence.find((e) => e.id === pick.evidence);
		const driver = model.drivers.find((d) => d.id === pick.driver);
		return item && driver
			? [{ driver: driverLine(driver.label[lang]), quote: item.quote[lang], attribution: item.attribution[lang] }]
			: [];
	});
}
