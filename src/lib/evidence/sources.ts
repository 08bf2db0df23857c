// Which items come from the same source. The attribution names the source first, then says more
// ("Sergei Lavrov, Russian foreign minister"; "The article's author, citing Moscow's own
// description"), so the source is the attribution's first clause in English (in Arabic for an
// analyst's item written in Arabic only) — up to the first comma, semicolon or full stop — with
// case and spacing ignored.

import type { EvidenceItem } from '$lib/model';

export function sourceKey(item: EvidenceItem): string {
	// An analyst may write in Arabic only (the model's items always have English).
	const text = /\S/u.test(item.attribution.en) ? item.attribution.en : item.attribution.ar;
	const first = text.split(/[,;.،؛](?:\s|$)/u)[0];
	return first.trim().replace(/\s+/gu, ' ').toLocaleLowerCase('en');
}

export function distinctSources(items: readonly EvidenceItem[]): number {
	return new Set(items.map(sourceKey)).size;
}
