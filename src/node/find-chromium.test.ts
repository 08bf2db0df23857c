import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fromPlaywrightCache } from './find-chromium.mjs';

let cache = '';
afterEach(() => rmSync(cache, { recursive: true, force: true }));

function install(folder: string, binary: string): string {
	const file = path.join(cache, folder, binary);
	mkdirSync(path.dirname(file), { recursive: true });
	writeFileSync(file, '');
	return file;
}

describe("Playwright's cache", () => {
	it("finds today's layout (chrome-linux64) and the older one, the newest revision first", () => {
		cache = mkdtempSync(path.join(os.tmpdir(), 'ms-playwright-'));
		install('chromium-999', 'chrome-linux/chrome');
		const newest = install('chromium-1200', 'chrome-linux64/chrome');
		install('chromium_headless_shell-1300', 'chrome-linux64/headless_shell');
		expect(fromPlaywrightCache(cache)).toBe(newest);
	});

	it('finds nothing in an empty or absent cache', () => {
		cache = mkdtempSync(path.join(os.tmpdir(), 'ms-playwright-'));
		expect(fromPlaywrightCache(cache)).toBeUndefined();
		expect(fromPlaywrightCache(path.join(cache, 'absent'))).toBeUndefined();
	});
});
