import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { hydrated, LOCALES, settled } from './helpers';

// Data out (issue 11): a chart's CSV and the dashboard's workbook, downloaded and read back (the
// workbook with exceljs), carry the numbers the page shows: the key judgment's percent and the
// rupture chart's table, in both languages.

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
	const [file] = await Promise.all([page.waitForEvent('download'), click()]);
	return { name: file.suggestedFilename(), bytes: await readFile((await file.path()) ?? '') };
}

/** A number as the page's tables write it ("7.93", "−0.2") → 7.93, −0.2. */
const screenNumber = (text: string) => Number(text.replace(/[\u200e\u200f\u2066-\u2069]/g, '').replace('\u2212', '-'));

for (const c of LOCALES) {
	test(`CSV of a chart and the Excel workbook carry the numbers on screen (${c.locale})`, async ({ page }) => {
		await page.goto(`${c.path}?model=russia-dprk&scenario=baseline`);
		await hydrated(page);
		await settled(page);

		// The rupture chart's table as shown, its last row (the horizon).
		const card = page.locator('[data-chart="rupture"]');
		await card.locator('[aria-controls$="-data"]').click();
		const lastRow = card.locator('table tbody tr').last();
		const shownDate = (await lastRow.locator('th').innerText()).trim();
		const shownRisk = screenNumber(await lastRow.locator('td').first().innerText());
		const header = (await card.locator('table thead th').allInnerTexts()).map((t) => t.trim());

		const csv = await download(page, () => card.getByTestId('csv-rupture').click());
		expect(csv.name).toMatch(/ - rupture - \d{4}-\d{2}-\d{2}\.csv$/);
		expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const lines = csv.bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
		expect(lines[0]).toBe(header.join(','));
		const [csvDate, csvRisk] = lines.at(-1)!.split(',');
		expect(csvDate).toBe(shownDate);
		expect(Math.abs(Number(csvRisk) - shownRisk)).toBeLessThanOrEqual(0.005);

		// The key judgment's percent, as the page words it.
		const judgment = (await page.getByTestId('key-judgments').locator('li').first().innerText()).trim();
		const percent = Number(/(\d+)\s*%/.exec(judgment)?.[1]);
		expect(percent).toBeGreaterThan(0);

		const xlsx = await download(page, () => page.getByTestId('export-xlsx').click());
		expect(xlsx.name).toMatch(/ - \d{4}-\d{2}-\d{2}\.xlsx$/);
		const book = new ExcelJS.Workbook();
		await book.xlsx.load(
			xlsx.bytes.buffer.slice(xlsx.bytes.byteOffset, xlsx.bytes.byteOffset + xlsx.bytes.byteLength) as ArrayBuffer
		);
		expect(book.worksheets).toHaveLength(10);
		const [about, judgments, , , , , rupture] = book.worksheets;
		expect(about.views[0]?.rightToLeft ?? false).toBe(c.locale === 'ar');
		expect(judgments.getCell('A2').value).toBe(judgment);
		expect(Math.round(judgments.getCell('B2').value as number)).toBe(percent);
		expect((rupture.getRow(1).values as unknown[]).slice(1)).toEqual(header);
		const last = rupture.getRow(rupture.rowCount);
		expect(last.getCell(1).value).toBe(shownDate);
		expect(Math.abs((last.getCell(2).value as number) - shownRisk)).toBeLessThanOrEqual(0.005);
		if (c.locale === 'ar') expect(String(rupture.getCell('A1').value)).toMatch(/\p{Script=Arabic}/u);
	});
}
