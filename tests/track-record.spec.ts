// The track record in both languages: a saved scenario whose revisions were saved in 2025
// (written into the run's database past the app and dated back, as an older database holds them),
// the empty state before anything is resolved, an admin resolving 2025-12 through the page's form,
// then the scores per scenario and per analyst, the calibration chart with its data table, the
// resolution with its source, each outcome's resolution criteria, no axe violation; a viewer sees
// no form. TRACK_RECORD_SHOTS=1 also writes docs/track-record-{en,ar}.png.

import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, test, type Page } from '@playwright/test';
import { storageStateFile } from './accounts';
import { moderateOrWorseViolations } from './axe';
import { ready } from './helpers';

const WORDS = {
	en: {
		path: '/track-record',
		dir: 'ltr',
		title: 'Track record',
		empty: 'Nothing resolved yet',
		byScenario: 'By scenario',
		byAnalyst: 'By analyst',
		chart: 'Calibration chart: how often outcomes held, against the probability forecast',
		table: 'Calibration data',
		transactional: 'Transactional partnership',
		counts: /^Forecasts recorded: \d+ · saved revisions: \d+ · scored: \d+\./
	},
	ar: {
		path: '/ar/track-record',
		dir: 'rtl',
		title: 'سجل التوقعات',
		empty: 'لم يُحسم أي سؤال بعد',
		byScenario: 'حسب السيناريو',
		byAnalyst: 'حسب المحلل',
		chart: 'مخطط المعايرة: مدى تحقق النتائج مقابل الاحتمال المتوقع',
		table: 'بيانات المعايرة',
		transactional: 'شراكة نفعية',
		counts: /^التوقعات المسجلة: \d+ · المراجعات المحفوظة: \d+ · المحتسبة درجتها: \d+\./
	}
} as const;

const SOURCE = 'Reuters, 30 December 2025: the treaty in force, shells and troops still moving';
const TITLE = { en: `Forecast made in 2025 ${randomUUID().slice(0, 8)}`, ar: 'توقع صدر في 2025' };

/** A saved scenario with two revisions of 2025, written straight into the run's SQLite file. */
function seedPastScenario(): string {
	const baseline = JSON.parse(readFileSync('scenarios/russia-dprk/baseline.json', 'utf8')) as Record<
		string,
		unknown
	> & {
		drivers: Record<string, { weight: number }>;
	};
	const { $schema: _ref, ...scenario } = baseline;
	const id = randomUUID();
	const first = { ...scenario, id, title: TITLE };
	const war = scenario.drivers['ukraine-war-course'];
	const second = { ...first, drivers: { ...scenario.drivers, 'ukraine-war-course': { ...war, weight: 0.2 } } };
	const db = new Database(join(process.env.E2E_DATA_DIR!, 'scenario-desk.sqlite'));
	try {
		db.pragma('busy_timeout = 10000');
		db.transaction(() => {
			db.prepare(
				`INSERT INTO scenarios (id, model_id, title_en, title_ar, head_revision, created_at, updated_at, deleted_at, owner)
				 VALUES (?, 'russia-dprk', ?, ?, 2, '2025-03-01T09:00:00.000Z', '2025-09-15T09:00:00.000Z', NULL, NULL)`
			).run(id, TITLE.en, TITLE.ar);
			const revision = db.prepare(
				`INSERT INTO revisions (scenario_id, revision, created_at, author, author_id, note, base_revision, scenario)
				 VALUES (?, ?, ?, ?, NULL, '', ?, ?)`
			);
			revision.run(id, 1, '2025-03-01T09:00:00.000Z', 'Lina (2025)', null, JSON.stringify(first));
			revision.run(id, 2, '2025-09-15T09:00:00.000Z', 'Omar (2025)', 1, JSON.stringify(second));
		})();
	} finally {
		db.close();
	}
	return id;
}

async function open(page: Page, locale: 'en' | 'ar') {
	await page.goto(WORDS[locale].path);
	await ready(page);
	await expect(page.locator('html')).toHaveAttribute('dir', WORDS[locale].dir);
	await expect(page.getByRole('heading', { level: 1, name: WORDS[locale].title })).toBeVisible();
}

async function shot(page: Page, locale: 'en' | 'ar') {
	if (!process.env.TRACK_RECORD_SHOTS) return;
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.emulateMedia({ colorScheme: 'light' });
	await page.screenshot({ path: `docs/track-record-${locale}.png`, fullPage: true });
}

test.describe.serial('track record', () => {
	let id: string;
	test.beforeAll(() => {
		id = seedPastScenario();
	});

	test('empty until resolved, then an admin resolves 2025-12 and the scores and calibration follow (en)', async ({
		page
	}) => {
		await open(page, 'en');
		await expect(page.getByRole('heading', { name: WORDS.en.empty })).toBeVisible();
		// Counts as 'label: n', right for any n (not '1 saved revisions').
		await expect(page.getByText(WORDS.en.counts)).toBeVisible();
		expect(await moderateOrWorseViolations(page)).toEqual([]);
		const question = page.locator('[data-question="russia-dprk"]');
		await expect(question.getByTestId('resolution-criteria').locator('dt')).toHaveCount(4);

		const form = question.getByTestId('resolve-form');
		// The only year-end open starts chosen; the outcome does not (a resolution stands, so it is
		// picked on purpose), and the form is not sent without one.
		await expect(form.getByLabel('Year-end')).toHaveValue('2025-12');
		const outcome = form.getByLabel('Outcome that held');
		await expect(outcome).toHaveValue('');
		await expect(outcome.locator('option:checked')).toHaveText('Choose the outcome…');
		const sent: string[] = [];
		page.on('request', (r) => {
			if (r.url().includes('/resolutions')) sent.push(r.method());
		});
		await form.getByLabel('Source').fill(SOURCE);
		await form.getByLabel('Source').press('Enter');
		expect(await outcome.evaluate((select) => (select as HTMLSelectElement).validity.valueMissing)).toBe(true);
		expect(sent).toEqual([]);
		await outcome.selectOption({ label: WORDS.en.transactional });
		// No answer from the server: said, and the button is there to try again.
		await page.route('**/resolutions', (route) => route.abort('internetdisconnected'));
		await form.getByLabel('Source').press('Enter');
		await expect(question.getByRole('alert')).toHaveText(/^Not recorded: the server could not be reached/);
		await expect(form.getByRole('button', { name: 'Record the resolution' })).toBeEnabled();
		await page.unroute('**/resolutions');
		// Then sent from the keyboard (Enter in the source field).
		await form.getByLabel('Source').press('Enter');

		const row = question.getByTestId('resolutions').locator('tr[data-date="2025-12"]');
		await expect(row).toContainText(WORDS.en.transactional);
		await expect(row).toContainText(SOURCE);
		await expect(row).toContainText('e2e-admin');
		const byScenario = page.getByRole('table', { name: WORDS.en.byScenario });
		// A read waits a few seconds at most for forecasts still being computed (other specs save
		// many revisions into this run's database): reload until this scenario's are in.
		await expect(async () => {
			if (!(await byScenario.locator(`tr[data-key="${id}"]`).count())) {
				await page.reload();
				await ready(page);
			}
			await expect(byScenario.locator(`tr[data-key="${id}"]`)).toContainText(TITLE.en, { timeout: 1000 });
		}).toPass({ timeout: 30_000 });
		await expect(byScenario.locator(`tr[data-key="${id}"] td`).first()).toHaveText('2');
		// Revision 1 holds the baseline's settings: its score is the baseline's; revision 2 leans another way.
		const analysts = page.getByRole('table', { name: WORDS.en.byAnalyst });
		await expect(analysts.locator('tr[data-key="name:Lina (2025)"]')).toContainText('the same');
		await expect(analysts.locator('tr[data-key="name:Omar (2025)"]')).toBeVisible();
		await expect(page.getByRole('img', { name: WORDS.en.chart })).toBeVisible();
		const bins = page.getByRole('table', { name: WORDS.en.table }).locator('tbody tr');
		await expect(bins).toHaveCount(10);
		const counts = await bins.evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-count'))));
		expect(counts.reduce((a, b) => a + b, 0) % 4).toBe(0);
		expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(8);
		// Resolved once: the form offers no year-end now.
		await expect(question.getByTestId('resolve-form')).toHaveCount(0);
		expect(await moderateOrWorseViolations(page)).toEqual([]);
		await shot(page, 'en');
	});

	test('the same record in Arabic, right to left', async ({ page }) => {
		await open(page, 'ar');
		await expect(page.getByText(WORDS.ar.counts)).toBeVisible();
		const question = page.locator('[data-question="russia-dprk"]');
		const row = question.getByTestId('resolutions').locator('tr[data-date="2025-12"]');
		await expect(row).toContainText(WORDS.ar.transactional);
		await expect(row).toContainText(SOURCE);
		await expect(page.getByRole('table', { name: WORDS.ar.byScenario }).locator(`tr[data-key="${id}"]`)).toContainText(
			TITLE.ar
		);
		await expect(page.getByRole('table', { name: WORDS.ar.byAnalyst })).toBeVisible();
		await expect(page.getByRole('img', { name: WORDS.ar.chart })).toBeVisible();
		await expect(page.getByRole('table', { name: WORDS.ar.table }).locator('tbody tr')).toHaveCount(10);
		expect(await moderateOrWorseViolations(page)).toEqual([]);
		await shot(page, 'ar');
		// At phone width the page does not scroll sideways: wide tables scroll in their own region.
		await page.setViewportSize({ width: 390, height: 844 });
		await expect(page.getByRole('img', { name: WORDS.ar.chart })).toBeVisible();
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	});

	test.describe('as a viewer', () => {
		test.use({ storageState: storageStateFile('viewer') });
		test('reads the record and finds no form to resolve', async ({ page }) => {
			await open(page, 'en');
			await expect(page.locator('[data-question="russia-dprk"] [data-date="2025-12"]')).toBeVisible();
			await expect(page.getByTestId('resolve-form')).toHaveCount(0);
			await expect(page.getByRole('heading', { name: 'Resolve this question' })).toHaveCount(0);
		});
	});
});
