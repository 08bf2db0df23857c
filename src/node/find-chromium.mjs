// Finds a Chromium for Playwright: CHROMIUM_PATH, Debian's binary, Playwright's own cache. Plain
// JavaScript, so that scripts/test.mjs and playwright.config.ts can use it without a TypeScript loader.
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

// Playwright's browser folders: chrome-linux64 since its Chromium became Chrome for Testing's
// build (1.57), chrome-linux before.
const CACHED_BINARIES = [join('chrome-linux64', 'chrome'), join('chrome-linux', 'chrome')];

/**
 * The newest Chromium that `npx playwright install chromium` left in cache.
 * @param {string} [cache]
 * @returns {string | undefined}
 */
export function fromPlaywrightCache(cache = join(homedir(), '.cache', 'ms-playwright')) {
	if (!existsSync(cache)) return undefined;
	// chromium-1200 is newer than chromium-999: compare the revisions as numbers.
	const folders = readdirSync(cache)
		.filter((d) => /^chromium-\d+$/.test(d))
		.sort((a, b) => Number(b.slice('chromium-'.length)) - Number(a.slice('chromium-'.length)));
	for (const dir of folders) {
		const found = CACHED_BINARIES.map((binary) => join(cache, dir, binary)).find((file) => existsSync(file));
		if (found) return found;
	}
	return undefined;
}

/** @returns {string | undefined} */
export function findChromium() {
	const given = process.env.CHROMIUM_PATH;
	// Said, not silently replaced: a mistyped path would otherwise test another browser.
	if (given && !existsSync(given)) console.warn(`CHROMIUM_PATH=${given} does not exist; looking elsewhere.`);
	const candidates = [given, '/usr/lib/chromium/chromium', '/usr/bin/chromium'];
	return candidates.find((path) => path && existsSync(path)) ?? fromPlaywrightCache();
}
