// Prints `/present?…` to PDF in headless Chromium: waits for the slides to hydrate, the fonts to
// load and every chart to draw, switches to print media (one slide per 16:9 page, no controls)
// and lets the browser write the PDF.

import { chromium } from '@playwright/test';
import { findChromium } from '../node/find-chromium.mjs';
import { TIME_LTR_STORAGE_KEY } from '../lib/charts/time-direction';
import type { BriefCredentials } from './brief-auth';
import { BriefError } from './brief-query';

export interface PrintJob {
	url: string;
	out: string;
	/** Arabic charts with time left to right: the app's own choice, set before the page loads. */
	timeLtr?: boolean;
	/** Who the browser is (a bearer token, or the session of a scratch server's admin). */
	credentials?: BriefCredentials;
}

const ARGS = [
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];
const WAIT_MS = 60_000;

export async function printSlides({ url, out, timeLtr = false, credentials }: PrintJob): Promise<number> {
	const executablePath: string | undefined = findChromium();
	if (!executablePath)
		throw new BriefError('no Chromium found: install one (Debian: apt-get install chromium) or set CHROMIUM_PATH');
	const browser = await chromium.launch({ executablePath, args: ARGS });
	try {
		// A 16:9 window the size of the page (13.333 × 7.5 in at 96 px/in) plus the control bar, at
		// 2× so the charts' bitmaps stay sharp on paper.
		const page = await browser.newPage({
			viewport: { width: 1280, height: 770 },
			deviceScaleFactor: 2,
			extraHTTPHeaders: credentials?.headers.authorization ? { authorization: credentials.headers.authorization } : {}
		});
		if (credentials?.cookie) await page.context().addCookies([{ ...credentials.cookie, url }]);
		if (timeLtr) await page.addInitScript((key) => localStorage.setItem(key, '1'), TIME_LTR_STORAGE_KEY);
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		const response = await page.goto(url, { waitUntil: 'networkidle', timeout: WAIT_MS });
		if (!response?.ok()) throw new BriefError(`${url} answered ${response?.status() ?? 'nothing'}`);
		await page.locator('.deck[data-ready="true"]').waitFor({ timeout: WAIT_MS });
		const problems = await page.locator('[data-link-problems]').allInnerTexts();
		if (problems.length > 0) throw new BriefError(problems.join(' '));
		await page.evaluate(() => document.fonts.ready.then(() => undefined));
		await page.waitForFunction(
			() =>
				[...document.querySelectorAll('[data-slide-chart]')].every((e) => e.getAttribute('data-rendered') === 'true'),
			undefined,
			{ timeout: WAIT_MS }
		);
		if (errors.length > 0) throw new BriefError(`the slides failed in the browser: ${errors.join('; ')}`);
		await page.emulateMedia({ media: 'print' });
		// Two frames: print styles applied, every slide shown in full, charts redrawn.
		await page.evaluate(
			() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())))
		);
		await page.pdf({ path: out, printBackground: true, preferCSSPageSize: true });
		return await page.locator('[data-slide]').count();
	} finally {
		await browser.close();
	}
}
