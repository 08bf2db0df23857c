import { describe, expect, it } from 'vitest';
import { allowedHostnames, hostnameOf } from './allowed-hosts';

const interfaces = () => ['127.0.0.1', '192.168.1.20', 'fe80::1'];

describe('allowedHostnames', () => {
	it('with ORIGIN, answers for its host only (and ALLOWED_HOSTS)', () => {
		const allowed = allowedHostnames(
			{ ORIGIN: 'https://Desk.Example.org', ALLOWED_HOSTS: 'proxy.local, 10.0.0.2' },
			interfaces
		);
		expect([...allowed].sort()).toEqual(['10.0.0.2', 'desk.example.org', 'proxy.local']);
	});

	it('without ORIGIN, answers for loopback names and every address of the machine it listens on', () => {
		const allowed = allowedHostnames({}, interfaces);
		for (const name of ['localhost', '127.0.0.1', '::1', '192.168.1.20', 'fe80::1'])
			expect(allowed.has(name)).toBe(true);
		expect(allowed.has('attacker.example')).toBe(false);
	});

	it('without ORIGIN and on one address, answers for that address and loopback', () => {
		const allowed = allowedHostnames({ HOST: '192.168.1.20', ALLOWED_HOSTS: 'desk.lan' }, () => {
			throw new Error('not asked when HOST names one address');
		});
		expect([...allowed].sort()).toEqual(['127.0.0.1', '192.168.1.20', '::1', 'desk.lan', 'localhost']);
	});
});

describe('hostnameOf', () => {
	it('reads a name or address with an optional port, in lower case', () => {
		expect(hostnameOf('LocalHost:3000')).toBe('localhost');
		expect(hostnameOf('[::1]:3000')).toBe('::1');
		expect(hostnameOf('desk.example.org')).toBe('desk.example.org');
	});

	it('refuses what is not a plain host: missing, userinfo, paths, spaces, bad ports', () => {
		for (const header of [null, '', 'evil@127.0.0.1', '127.0.0.1/x', 'a b', 'host:port', 'host:123456'])
			expect(hostnameOf(header), String(header)).toBeNull();
	});
});
