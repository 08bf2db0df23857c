// The accounts of the browser tests' server, made by global-setup.ts, and where each one's
// signed-in browser state is kept (the run's own data folder, set by playwright.config.ts).

import { join } from 'node:path';

export interface TestAccount {
	name: string;
	password: string;
	role: 'viewer' | 'analyst' | 'admin';
}

export const TEST_ACCOUNTS = {
	admin: { name: 'e2e-admin', password: 'e2e-admin-password', role: 'admin' },
	analyst: { name: 'e2e-analyst', password: 'e2e-analyst-password', role: 'analyst' },
	viewer: { name: 'e2e-viewer', password: 'e2e-viewer-password', role: 'viewer' }
} as const satisfies Record<string, TestAccount>;

export function storageStateFile(role: TestAccount['role']): string {
	const dir = process.env.E2E_DATA_DIR;
	if (!dir) throw new Error('E2E_DATA_DIR is not set: run the browser tests through playwright.config.ts');
	return join(dir, `signed-in-${role}.json`);
}
