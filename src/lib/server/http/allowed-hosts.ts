// Which names this server answers for, against DNS rebinding: a page on attacker.example whose
// name is made to resolve to this machine reaches the server with `Host: attacker.example`, so
// only the app's own names are served. With ORIGIN set, its host (the name the analysts use);
// without it, the loopback names and the addresses the server listens on. ALLOWED_HOSTS (names
// separated by commas or spaces) adds any other, e.g. a proxy that passes its own Host.

import os from 'node:os';

export interface HostSettings {
	ORIGIN?: string;
	HOST?: string;
	ALLOWED_HOSTS?: string;
}

const LOOPBACK = ['localhost', '127.0.0.1', '::1'];
/** HOST values (adapter-node's default included) that mean every interface of the machine. */
const EVERY_INTERFACE = ['', '0.0.0.0', '::'];

/** Lower case, IPv6 without brackets: how names are compared. */
function normalise(name: string): string {
	return name
		.trim()
		.toLowerCase()
		.replace(/^\[(.*)\]$/, '$1');
}

function interfaceAddresses(): string[] {
	return Object.values(os.networkInterfaces()).flatMap((list) =>
		(list ?? []).map((entry) => entry.address.replace(/%.*$/, ''))
	);
}

export function allowedHostnames(settings: HostSettings, addresses: () => string[] = interfaceAddresses): Set<string> {
	const extra = (settings.ALLOWED_HOSTS ?? '').split(/[\s,]+/).filter(Boolean);
	if (settings.ORIGIN) return new Set([new URL(settings.ORIGIN).hostname, ...extra].map(normalise));
	const host = normalise(settings.HOST ?? '');
	const listening = EVERY_INTERFACE.includes(host) ? addresses() : [host];
	return new Set([...LOOPBACK, ...listening, ...extra].map(normalise));
}

/**
 * The name in a Host header (port dropped), or null when it is not a plain name or address with
 * an optional port: `user@host`, a path or spaces would be read differently by different parsers.
 */
export function hostnameOf(header: string | null): string | null {
	const match = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::\d{1,5})?$/i.exec(header?.trim() ?? '');
	return match ? normalise(match[1]) : null;
}
