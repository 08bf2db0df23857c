// Runs a command with its output captured: shown only when it fails, so a green run stays short.
import { spawnSync } from 'node:child_process';

/**
 * @param {string} command
 * @param {string[]} args
 * @param {import('node:child_process').SpawnSyncOptions} [options]
 * @returns {string} what the command printed on stdout
 */
export function quietly(command, args, options = {}) {
	const result = spawnSync(command, args, { encoding: 'utf8', ...options });
	if (result.status === 0) return String(result.stdout);
	process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
	throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal ?? result.error})`);
}
