// A short name for a scenario's settings — its drivers, events and unmodelled factors — so that a
// text can record which settings it was written for, and the app can tell when they have moved
// since. Title, summary, notes, seed and sample count are left out: they change no judgment.

import type { ScenarioInput } from '../model/index';

type Settings = Pick<ScenarioInput, 'drivers' | 'events' | 'dynamics'>;

/** The settings in one canonical text: ids sorted, fields in a fixed order. */
function canonical(settings: Settings): string {
	const drivers = Object.keys(settings.drivers)
		.sort()
		.map((id) => {
			const d = settings.drivers[id];
			return [id, d.weight, d.assessment, d.low, d.high, d.trend];
		});
	const events = Object.keys(settings.events)
		.sort()
		.map((id) => [id, settings.events[id].probability]);
	const dynamics = settings.dynamics ? [settings.dynamics.volatility, settings.dynamics.persistence] : null;
	return JSON.stringify([drivers, events, dynamics]);
}

/** cyrb53: a fast 53-bit string hash, the same in Node and the browser (no crypto API needed). */
function hash53(text: string): number {
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ c, 2654435761);
		h2 = Math.imul(h2 ^ c, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** "k3f9x0q2a1b", the same for the same settings whatever the order of their ids. */
export function settingsFingerprint(settings: Settings): string {
	return hash53(canonical(settings)).toString(36);
}
