// Export files are named after what they hold: the scenario's title (in the language of the
// export), what part of it, and the day, e.g. "Baseline the current course - states - 2026-12-01.csv".
// Every file the app writes (CSV, Excel, PowerPoint, PNG) is named here; none carries a stored id.

import type { Locale } from '$lib/model';
import { m } from '$lib/paraglide/messages';

/** Characters no file system accepts, or that a shell or a browser would trip over. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A title made safe for a file name: its words kept (Arabic too), punctuation that breaks paths dropped. */
export function fileStem(title: string): string {
	const stem = title.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
	// A name of dots alone ("..") is a folder to a file system: no letter or digit, no title.
	if (!/[\p{L}\p{N}]/u.test(stem)) return 'scenario';
	// Room for the rest of the name within the 255 bytes most file systems allow, cut between
	// words where the title is longer, with an ellipsis that says so.
	const chars = [...stem.replace(/^\.+/, '')];
	if (chars.length <= STEM_LENGTH) return chars.join('').trim();
	const cut = chars.slice(0, STEM_LENGTH).join('');
	const space = cut.lastIndexOf(' ');
	return `${(space > STEM_LENGTH / 2 ? cut.slice(0, space) : cut).trim()}…`;
}

const STEM_LENGTH = 80;

/** Compared scenarios named together in the file's language: "Baseline vs Abandonment". */
export function versusTitle(labels: readonly string[], lang: Locale): string {
	return labels.reduce((first, second) => m.export_file_versus({ first, second }, { locale: lang }));
}

/** `title - part - date.ext`; `part` left out when the file is the whole projection. */
export type ExportExtension = 'csv' | 'xlsx' | 'pptx' | 'png' | 'pdf';

export function exportFileName(title: string, date: string, ext: ExportExtension, part?: string): string {
	return [fileStem(title), part, date].filter(Boolean).join(' - ') + `.${ext}`;
}
