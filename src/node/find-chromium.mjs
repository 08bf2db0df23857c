// Finds a Chromium for Playwright: CHROMIUM_PATH, Debian's binary, Playwright's own cache. Plain
// JavaScript, so that scripts/test.mjs and playwright.config.ts can use it without a TypeScript loader.
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

function fromPlaywrightCache() {
	const cache = join(homedir(), '.cache', 'ms-playwright');
	if (!existsSync(cache)) return undefined;
	for (const dir of readdirSync(cache)
		.filter((d) => d.startsWith('chromium'))
		.sort()
		.reverse()) {
		const candidate = join(cache, dir, 'chrome-linux', 'chrome');
		if (existsSync(candidate)) return candidate;
	}
	return undefined;
}

export function findChromium() {
	const candidates = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'];
	return candidates.find((path) => path && existsSync(path)) ?? fromPlaywrightCache();
}
