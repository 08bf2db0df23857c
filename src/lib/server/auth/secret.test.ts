import { describe, expect, it } from 'vitest';
import { requireSharedSecret } from './secret';

describe('the shared secret', () => {
	it('is required with DATABASE_URL, naming the variable; not with SQLite', () => {
		expect(() => requireSharedSecret({ DATABASE_URL: 'postgres://x@y/z' })).toThrow(
			/BETTER_AUTH_SECRET must be set when DATABASE_URL is/
		);
		expect(() =>
			requireSharedSecret({ DATABASE_URL: 'postgres://x@y/z', BETTER_AUTH_SECRET: 'a'.repeat(32) })
		).not.toThrow();
		expect(() => requireSharedSecret({ DATA_DIR: '/tmp/x' })).not.toThrow();
	});
});
