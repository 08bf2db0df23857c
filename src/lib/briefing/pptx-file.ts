// A deck built with pptxgenjs → the .pptx file the analyst downloads, with the one finish the
// library cannot give: chart series without a name (the transparent base of a fan's bands, the
// second half of a band named once) get no legend entry. PowerPoint would show an empty swatch
// for them, LibreOffice, Keynote and Google Slides "Series1".

import JSZip from 'jszip';
import type PptxGenJS from 'pptxgenjs';

const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** Indices of the series whose name (`<c:tx>…<c:v>`) is empty. */
function unnamedSeries(chartXml: string): number[] {
	const found: number[] = [];
	for (const [series] of chartXml.matchAll(/<c:ser>[\s\S]*?<\/c:ser>/g)) {
		const index = /<c:idx val="(\d+)"\/>/.exec(series)?.[1];
		const name = /<c:tx>[\s\S]*?<c:v>([\s\S]*?)<\/c:v>[\s\S]*?<\/c:tx>/.exec(series)?.[1];
		if (index !== undefined && name !== undefined && name.trim() === '') found.push(Number(index));
	}
	return [...new Set(found)];
}

/**
 * The legend without the unnamed series: `<c:legendEntry>` with `<c:delete val="1"/>` right
 * after `<c:legendPos>`, where the schema puts it.
 */
export function hideUnnamedLegendEntries(chartXml: string): string {
	const hidden = unnamedSeries(chartXml);
	if (hidden.length === 0 || !chartXml.includes('<c:legend>')) return chartXml;
	const entries = hidden.map((i) => `<c:legendEntry><c:idx val="${i}"/><c:delete val="1"/></c:legendEntry>`).join('');
	return chartXml.replace(/(<c:legend>\s*<c:legendPos [^>]*\/>)/, `$1${entries}`);
}

/** The finished file's bytes. */
export async function pptxBytes(pres: PptxGenJS): Promise<Uint8Array> {
	const written = await pres.write({ outputType: 'uint8array' });
	const zip = await JSZip.loadAsync(written as Uint8Array);
	const charts = Object.keys(zip.files).filter((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name));
	for (const name of charts) {
		const xml = await zip.file(name)?.async('string');
		if (xml !== undefined) zip.file(name, hideUnnamedLegendEntries(xml));
	}
	return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The finished file, ready to download. */
export async function pptxBlob(pres: PptxGenJS): Promise<Blob> {
	return new Blob([new Uint8Array(await pptxBytes(pres))], { type: PPTX_TYPE });
}
