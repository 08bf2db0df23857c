// How long each text the app accepts may be, in one table: the zod schemas of files and request
// bodies, the API's query parameters and the inputs' `maxlength` all read it, so a limit is
// changed here or nowhere. Lengths are JavaScript string lengths (UTF-16 code units), which is
// also what a browser's `maxlength` counts. Each limit is set from the longest real text
// (the flagship model and its presets) with ample headroom, never to the text itself.

import * as z from 'zod';
import { expectation } from './messages';

export const TEXT_LIMITS = {
	/** Ids of models, scenarios, drivers, events, …: longest shipped 30. */
	id: 64,
	/** A scenario's or model's title, per language: longest shipped 50. */
	title: 200,
	/** A model's question, per language: longest shipped 69. */
	question: 400,
	/** Labels of outcomes, drivers, events, groups, indicators; a model's subject: longest 53. */
	label: 200,
	/** A scenario's summary, per language: longest shipped 671. */
	summary: 4000,
	/** A scenario's notes, per language: longest shipped 200. */
	notes: 10_000,
	/** Descriptions of outcomes, drivers, events, indicators; the presets' disagreement: longest 407. */
	description: 4000,
	/** An evidence item's quote: longest shipped 496. */
	quote: 4000,
	/** An evidence item's attribution: longest shipped 161. */
	attribution: 1000,
	/** Why an evidence item has its grade, one line: longest shipped under 250. */
	gradeReason: 1000,
	/** What was seen of a signpost, per language: a paragraph at most. */
	signpostSeen: 2000,
	/** A signpost observation's source: a publication, a link or a citation. */
	signpostSource: 1000,
	/** The analyst's note on a signpost observation, per language. */
	signpostNote: 2000,
	/** An analyst's evidence item's citation (a publication, page, date): one line. */
	citation: 1000,
	/** A link to an analyst's evidence item's source: long enough for real URLs. */
	link: 2000,
	/** Why the analyst's confidence in the key judgments is what it is, per language. */
	confidenceReason: 2000,
	/** A key assumption, per language: a sentence or two (longest shipped under 300). */
	assumption: 1000,
	/** An outcome's resolution criteria, per language: a short paragraph (longest shipped under 500). */
	resolution: 2000,
	/** A resolution's source: what shows which outcome held (a publication, a link, a citation). */
	resolutionSource: 1000,
	/** An admin's note on a resolution. */
	resolutionNote: 2000,
	/** A note on a time chart: a short label beside a line, not a paragraph. */
	annotation: 80,
	/** Why a revision was saved. */
	revisionNote: 2000,
	/** A person's name, as the history shows who saved. */
	name: 80,
	/** An imported file's name: as long as file systems allow (255). */
	fileName: 255,
	/** The saved list's search text. */
	search: 200,
	/** A file's `$schema` reference, for editors. */
	schemaRef: 500,
	/** A settings fingerprint (src/lib/narrative/fingerprint.ts). */
	fingerprint: 40,
	/** A list cursor, as the API hands it out (opaque to clients). */
	cursor: 200
} as const;

export type LimitedText = keyof typeof TEXT_LIMITS;

const count = new Intl.NumberFormat('en-US');

/** "must be at most 200 characters (got 1,048,576)". */
export function tooLongMessage(kind: LimitedText, length: number): string {
	return `must be at most ${count.format(TEXT_LIMITS[kind])} characters (got ${count.format(length)})`;
}

/** The error of a `.max(TEXT_LIMITS[kind], …)` check: the limit and the length it got. */
export function tooLong(kind: LimitedText) {
	return {
		error: (issue: { input?: unknown }) =>
			tooLongMessage(kind, typeof issue.input === 'string' ? issue.input.length : 0)
	};
}

/** A string of at most the limit for `kind`. */
export function limitedString(kind: LimitedText, expected = 'text') {
	return z.string({ error: expectation(expected) }).max(TEXT_LIMITS[kind], tooLong(kind));
}
