import { expect, test, type Page } from '@playwright/test';
import { ready } from './helpers';
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { simulate } from '../src/lib/model/index';
import { loadScenarioWithModel } from '../src/lib/server/preset-files';
import { readZip, slideText } from '../src/lib/briefing/test-zip';

// The exported files opened and read: the PowerPoint (unzipped), the PNG's header, the PDF's
// pages and text. The numbers are checked against the engine run here on the same preset.
const run = promisify(execFile);

async function download(page: Page, click: () => Promise<void>): Promise<Buffer> {
	const [file] = await Promise.all([page.waitForEvent('download'), click()]);
	return readFile((await file.path()) ?? '');
}

async function baseline() {
	const loaded = await loadScenarioWithModel('scenarios/russia-dprk/baseline.json');
	if (!loaded.ok) throw new Error('baseline preset does not load');
	return { ...loaded, projection: simulate(loaded.model, loaded.scenario) };
}

const pct = (share: number) => Math.round(share * 10000) / 100;
// pdftotext splits Arabic words at joins, wraps runs in direction marks and moves short vowels
// (ـَ, ـً) across letters: compare without any of them.
const squash = (text: string) => text.replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]|\p{Mn}/gu, '');

for (const locale of ['en', 'ar'] as const) {
	test(`PowerPoint briefing: native charts with the scenario's numbers, provenance on every slide (${locale})`, async ({
		page
	}) => {
		const { model, projection } = await baseline();
		await page.goto(`${locale === 'ar' ? '/ar' : ''}/present?model=russia-dprk&scenario=baseline`);
		await ready(page);
		await expect(page.locator('.deck[data-ready="true"]')).toBeVisible();
		const files = readZip(await download(page, () => page.getByTestId('export-pptx').click()));
		const slides = [...files.keys()].filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
		const charts = [...files.keys()]
			.filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))
			.map((n) => files.get(n) ?? '');
		// The same slides as the PDF's pages (BRIEF_PAGES): one plan, deck.ts.
		expect(slides).toHaveLength(BRIEF_PAGES);
		expect(charts).toHaveLength(6);
		// The horizon's rupture risk, in percent as the dashboard shows it, in a line chart's cache.
		const risk = pct(projection.ruptureRisk.at(-1) ?? 0);
		expect(
			charts.some((xml) => xml.includes('<c:lineChart>') && xml.includes(`<c:v>${risk}</c:v>`)),
			`rupture risk ${risk}%`
		).toBe(true);
		expect(
			charts.some(
				(xml) => xml.includes('<c:areaChart>') && xml.includes('<c:grouping val="stacked"/>') && xml.includes('D55E00')
			)
		).toBe(true);
		const provenance =
			locale === 'ar'
				? `النموذج «${model.title.ar}» · البذرة 20240619`
				: `model “${model.title.en}” · seed 20240619 · 10,000 paths`;
		for (const name of slides) expect(slideText(files.get(name) ?? ''), name).toContain(provenance);
		if (locale === 'ar') {
			expect(files.get('ppt/presentation.xml')).toContain('rtl="1"');
			expect(files.get('ppt/slides/slide1.xml')).toContain('rtl="1"');
			expect(slideText(files.get('ppt/slides/slide1.xml') ?? '')).toContain(model.question.ar);
		} else expect(slideText(files.get('ppt/slides/slide1.xml') ?? '')).toContain(model.question.en);
	});
}

test('chart PNGs at 2× and 3× on the dashboard, and a copy to the clipboard', async ({ page, context }) => {
	await page.goto('/');
	await ready(page);
	const card = page.locator('[data-chart="rupture"]');
	await expect(card.locator('canvas')).toBeVisible();
	for (const scale of [2, 3]) {
		const png = await download(page, () =>
			card.getByRole('button', { name: `PNG ${scale}× — download “Rupture risk by date” as an image` }).click()
		);
		expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
		// IHDR: width and height, big-endian, right after the 8-byte signature and chunk header.
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1000 * scale, 560 * scale]);
	}
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await card.getByRole('button', { name: 'Copy “Rupture risk by date” to the clipboard as an image' }).click();
	await expect(card.getByRole('status')).toHaveText('“Rupture risk by date” copied to the clipboard.');
	// The app's pages deny themselves clipboard-read (their Permissions-Policy): the test reads the
	// image back on a bare page of the same origin, which the browser's clipboard permission covers.
	await page.route('**/clipboard-reader', (route) =>
		route.fulfill({ contentType: 'text/html', body: '<!doctype html>' })
	);
	await page.goto('/clipboard-reader');
	const copied = await page.evaluate(async () => {
		const [item] = await navigator.clipboard.read();
		const bytes = new DataView(await (await item.getType('image/png')).arrayBuffer());
		return [bytes.getUint32(16), bytes.getUint32(20)];
	});
	expect(copied).toEqual([2000, 1120]);
});

/** Title, judgments, 6 charts, 2 of key assumptions, drivers, events, the watch list, 2 of sources. */
const BRIEF_PAGES = 15;

test('npm run brief prints the slides to PDF in both languages, and refuses bad input in one line', async ({
	request,
	baseURL
}) => {
	test.setTimeout(180_000);
	const base = JSON.parse(await readFile('scenarios/russia-dprk/baseline.json', 'utf8'));
	// The analyst's confidence, with its reason, prints beside the derived one (docs/model.md#the-analysts-confidence).
	const confidence = {
		level: 'low',
		reason: { en: 'The rail traffic may be a deception.', ar: 'قد تكون حركة القطارات خداعاً.' }
	};
	const created = await request.post('/api/scenarios', {
		data: { scenario: { ...base, title: { en: 'Brief check', ar: 'فحص الإحاطة' }, confidence } }
	});
	expect(created.status()).toBe(201);
	const id: string = (await created.json()).scenario.id;
	const cli = (...args: string[]) =>
		run('npx', ['tsx', 'src/cli/brief.ts', ...args, '--url', baseURL ?? ''], { timeout: 120_000 });

	const jobs = [
		{
			args: ['scenarios/russia-dprk/abandonment.json', '--out', 'test-results/brief-en.pdf'],
			expect: [
				"Abandonment in Russia's old pattern",
				'Key judgments',
				'What the outcome depends on',
				'seed 20240619',
				// The key assumptions slide: the preset's restated sentence, with its value against the baseline.
				'Key assumptions (1 of 2)',
				'Ceasefire in Ukraine: probability: 90% (baseline 59%)',
				// The watch list's slide: its title and an indicator with its status.
				'What to watch — and what we saw',
				'Summit visits continue',
				'not seen'
			],
			absent: [] as string[]
		},
		{
			args: [id, '--out', 'test-results/brief-ar.pdf', '--lang', 'ar'],
			expect: [
				'فحص الإحاطة',
				'الأحكام الرئيسية',
				'تتوقف النتيجة',
				'محفوظ، المراجعة',
				'مكتب السيناريوهات',
				'الافتراضات الرئيسية',
				'وما رصدناه',
				// The analyst's confidence, words only: pdftotext reorders brackets in right-to-left runs.
				'ثقة منخفضة',
				'تقدير المحلل',
				'المستنتَجة من الأدلة',
				'قد تكون حركة القطارات خداعاً'
			],
			// Titles and revision numbers on slides, never the id the scenario is stored under. (The
			// revision's number is not matched: pdftotext moves it across the parenthesis, as bidi text.)
			absent: [id]
		}
	];
	for (const job of jobs) {
		const { stdout } = await cli(...job.args);
		expect(stdout).toContain(`(${BRIEF_PAGES} pages`);
		const out = job.args[job.args.indexOf('--out') + 1];
		const info = (await run('pdfinfo', [out])).stdout;
		expect(info).toMatch(new RegExp(`Pages:\\s+${BRIEF_PAGES}\\n`));
		const text = squash((await run('pdftotext', [out, '-'])).stdout);
		for (const words of job.expect) expect(text, `${out}: ${words}`).toContain(squash(words));
		for (const words of job.absent) expect(text, `${out}: ${words}`).not.toContain(words);
	}

	// A file of the analyst's own on a server the command runs itself: the baseline's settings with
	// the analyst's confidence, which travels in no link, so the file is imported into a scratch
	// database (not the analyst's) rather than briefed as the preset — the slides carry its title and
	// its confidence.
	const own = { ...base, id: 'hawks-in-beijing', title: { en: 'Hawks in Beijing', ar: 'صقور في بكين' }, confidence };
	await writeFile('test-results/hawks-in-beijing.json', JSON.stringify(own));
	const { stdout: ownOut } = await run(
		'npx',
		['tsx', 'src/cli/brief.ts', 'test-results/hawks-in-beijing.json', '--out', 'test-results/brief-own.pdf'],
		{ timeout: 150_000 }
	);
	expect(ownOut).toContain(`(${BRIEF_PAGES} pages`);
	const ownText = squash((await run('pdftotext', ['test-results/brief-own.pdf', '-'])).stdout);
	for (const words of ['Hawks in Beijing', 'Low confidence (analyst’s judgment; derived:', confidence.reason.en])
		expect(ownText, words).toContain(squash(words));

	const failed = await cli('scenarios/russia-dprk/nowhere.json', '--out', 'test-results/nowhere.pdf').catch(
		(error: { code: number; stderr: string }) => error
	);
	expect('code' in failed ? failed.code : 0).toBe(1);
	expect('stderr' in failed ? failed.stderr.trim().split('\n') : []).toEqual([
		expect.stringMatching(/^brief: scenarios\/russia-dprk\/nowhere\.json.*not found/)
	]);
});
