// The workbooks the app writes: one scenario's, or a comparison's, named after what they hold and the day.

import { isoDate } from '$lib/format';
import { m } from '$lib/paraglide/messages';
import { comparisonSheets, type ComparisonExport } from './compare-sheets';
import { exportFileName, versusTitle } from './file-name';
import { projectionSheets, type ProjectionExport } from './scenario-sheets';
import { workbookBytes } from './workbook';

export function projectionWorkbook(input: ProjectionExport): Promise<Uint8Array> {
	const o = { locale: input.lang };
	return workbookBytes(projectionSheets(input), {
		rtl: input.lang === 'ar',
		title: `${input.model.title[input.lang]} — ${input.scenario.title[input.lang]}`,
		creator: m.app_name({}, o),
		created: input.exportedAt
	});
}

export function projectionWorkbookName(input: Pick<ProjectionExport, 'scenario' | 'lang' | 'exportedAt'>): string {
	return exportFileName(input.scenario.title[input.lang], isoDate(input.exportedAt ?? new Date()), 'xlsx');
}

/** A comparison's workbook: a sheet per compared scenario and per gap to the reference. */
export function comparisonWorkbook(input: ComparisonExport): Promise<Uint8Array> {
	const o = { locale: input.lang };
	return workbookBytes(comparisonSheets(input), {
		rtl: input.lang === 'ar',
		title: `${input.model.title[input.lang]} — ${input.labels.join(' · ')}`,
		creator: m.app_name({}, o),
		created: input.exportedAt
	});
}

/** Named after the compared scenarios: "Baseline vs Abandonment - 2026-12-01.xlsx". */
export function comparisonWorkbookName(input: Pick<ComparisonExport, 'labels' | 'exportedAt' | 'lang'>): string {
	return exportFileName(versusTitle(input.labels, input.lang), isoDate(input.exportedAt ?? new Date()), 'xlsx');
}
