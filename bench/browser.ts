// Browser benchmarks in Debian's Chromium: the dashboard's initial JavaScript (gzip) and the
// latency from a slider move to the charts' `scenario:rendered` mark.

import { chromium, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { findChromium } from '../src/node/find-chromium.mjs';
import { startServer } from '../src/node/start-server';
import { summarize } from './stats';
import { QUICK_SAMPLES } from '../src/lib/sampling';

declare global {
	interface Window {
		__latency: { samples: number; ms: number }[];
	}
}

/** Records, for every input event, the time until the next rendered mark. */
function instrument(): void {
	window.__latency = [];
	let started: number | null = null;
	document.addEventListener('input', () => (started ??= performance.now()), true);
	document.addEventListener('keydown', () => (started ??= performance.now()), true);
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) {
			if (started === null) continue;
			const detail = (entry as PerformanceMark).detail as { samples: number } | null;
			window.__latency.push({ samples: detail?.samples ?? 0, ms: entry.startTime - started });
			started = null;
		}
	}).observe({ type: 'mark' });
}

async function settle(page: Page): Promise<void> {
	await page.waitForFunction(() => document.querySelector('[data-refining="false"]') !== null);
}

export async function benchBrowser(): Promise<{
	initialJsGzip: number;
	jsFiles: number;
	drag: { median: number; p95: number; n: number };
	full: { median: number; p95: number; n: number };
}> {
	const server = await startServer({ build: true });
	const browser = await chromium.launch({
		executablePath: findChromium(),
		args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']
	});
	try {
		const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
		const scripts: Buffer[] = [];
		page.on('response', async (response) => {
			if (response.request().resourceType() === 'script' && response.ok()) scripts.push(await response.body());
		});
		await page.goto(server.url, { waitUntil: 'networkidle' });
		const initialJsGzip = scripts.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);
		const jsFiles = scripts.length;
		await page.evaluate(instrument);

		// Settled changes by keyboard: each press is a full-count run.
		const slider = page.getByRole('slider', { name: /China's calculus.*assessment/ });
		for (let i = 0; i < 30; i++) {
			await slider.focus();
			await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
			await settle(page);
		}
		const full = (await page.evaluate(() => window.__latency.splice(0))).map((l) => l.ms);

		// A drag: pointer moves along a weight slider, each one an input event and a quick run.
		const dragSlider = page.getByRole('slider', { name: /The war's demand for troops and shells.*weight/ });
		await dragSlider.scrollIntoViewIfNeeded();
		const box = (await dragSlider.boundingBox())!;
		await page.mouse.move(box.x + 2, box.y + box.height / 2);
		await page.mouse.down();
		for (let i = 0; i <= 60; i++) {
			await page.mouse.move(box.x + 2 + ((box.width - 4) * (i % 30)) / 30, box.y + box.height / 2);
			await page.waitForTimeout(40);
		}
		await page.mouse.up();
		await settle(page);
		const dragged = await page.evaluate(() => window.__latency.splice(0));
		if (process.env.BENCH_DEBUG) console.log(dragged);
		const drag = dragged.filter((l) => l.samples <= QUICK_SAMPLES).map((l) => l.ms);
		return {
			initialJsGzip,
			jsFiles,
			drag: { ...summarize(drag), n: drag.length },
			full: { ...summarize(full), n: full.length }
		};
	} finally {
		await browser.close();
		await server.stop();
	}
}
