// `npm run db -- export / import`: SQLite → PostgreSQL → SQLite gives back the same content, byte for
// byte in the export (SQLite → SQLite → SQLite when this run has no PostgreSQL cluster).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScenarioInput } from '$lib/model';
import { tinyScenario } from '$lib/schema/test-fixtures';
import { withWriteContext } from '$lib/server/audit/actor-context';
import { auditedStore } from '$lib/server/audit/audited-store';
import { accountFromHeaders } from '$lib/server/auth/account';
import { createAccount } from '$lib/server/auth/accounts';
import { issueApiToken, revokeApiToken } from '$lib/server/auth/api-tokens';
import { authSettingsFromEnv, prepareAuth } from '$lib/server/auth/auth';
import { postgresBackend, testBackends, type TestDatabase } from '$lib/server/db/test-databases';
import { exportDatabase, importDatabase } from './db-transfer';

const [sqlite] = testBackends();
const middle = postgresBackend() ?? sqlite;
const PASSWORD = 'correct horse battery';

function scenario(en: string, ar: string, weight = 0.5): ScenarioInput {
	const { $schema: _ref, ...rest } = tinyScenario();
	return { ...rest, title: { en, ar }, drivers: { ...rest.drivers, china: { ...rest.drivers.china, weight } } };
}

describe(`export and import through ${middle.name}`, () => {
	const opened: TestDatabase[] = [];
	const open = async (backend: typeof sqlite) => {
		const db = await backend.open();
		opened.push(db);
		return db;
	};
	let source: TestDatabase;
	let token: string;

	beforeAll(async () => {
		source = await open(sqlite);
		const { auth } = await prepareAuth(authSettingsFromEnv(source.env, source.database));
		const lina = await createAccount(auth, { name: 'lina', password: PASSWORD, role: 'admin' });
		const omar = await createAccount(auth, { name: 'عمر', password: PASSWORD, role: 'analyst' });
		await auth.api.signInUsername({ body: { username: 'lina', password: PASSWORD } });
		token = (await issueApiToken(source.database.tokens, omar.id, 'nightly')).token;
		const revoked = await issueApiToken(source.database.tokens, lina.id, 'old');
		await revokeApiToken(source.database.tokens, revoked.id);
		const store = auditedStore(source.database);
		const as = (id: string, name: string) => ({ id, name });
		await withWriteContext({ actor: as(lina.id, 'lina'), routeId: '/api/scenarios' }, async () => {
			const a = await store.create({ scenario: scenario('Baseline', 'الأساسي'), author: as(lina.id, 'lina') });
			await store.save(a.id, {
				baseRevision: 1,
				scenario: scenario('Baseline', 'الأساسي', 0.2),
				note: 'lower "china"'
			});
			await store.save(a.id, { baseRevision: 1, scenario: scenario('Stale', 'قديم'), note: 'refused' });
			// The forecast record: probabilities that no decimal writes exactly must come back bit for bit.
			await source.database.forecasts.append(
				[0.1 + 0.2, 1 / 3].map((probability, k) => ({
					scenarioId: a.id,
					revision: 2,
					modelId: 'tiny',
					target: '2026-12',
					outcome: `outcome-${k}`,
					probability,
					madeAt: '2025-03-01T10:00:00.000Z',
					authorId: lina.id,
					authorName: 'lina'
				}))
			);
			await source.database.forecasts.resolve({
				modelId: 'tiny',
				date: '2025-12',
				outcome: 'outcome-0',
				source: 'a wire report',
				note: '',
				resolvedAt: '2026-01-05T00:00:00.000Z',
				resolvedById: lina.id,
				resolvedByName: 'lina'
			});
			await store.rename(a.id, { en: 'Hard line', ar: 'الخط المتشدد' }, 2, as(omar.id, 'عمر'));
			const b = await store.create({ scenario: scenario('Binned', 'محذوف', 0.9), note: 'to the trash' });
			await store.remove(b.id);
			// Created in the same millisecond as each other, perhaps: their order must survive.
			await Promise.all([1, 2, 3].map((n) => store.create({ scenario: scenario(`Case ${n}`, `حالة ${n}`) })));
		});
	});
	afterAll(async () => {
		for (const db of opened) await db.close();
	});

	it('gives back the same content, byte for byte, and a working database at each end', async () => {
		const first = path.join(source.dataDir, 'first.json');
		const counted = await exportDatabase(first, { env: source.env });
		expect(counted).toEqual({ scenarios: 5, revisions: 7, accounts: 2, auditRows: 9 });

		const there = await open(middle);
		await importDatabase(first, there.env);
		const second = path.join(source.dataDir, 'second.json');
		await exportDatabase(second, { env: there.env });

		const back = await open(sqlite);
		await importDatabase(second, back.env);
		const third = path.join(source.dataDir, 'third.json');
		await exportDatabase(third, { env: back.env });

		const bytes = readFileSync(first);
		expect(readFileSync(second).equals(bytes)).toBe(true);
		expect(readFileSync(third).equals(bytes)).toBe(true);
		const dump = JSON.parse(bytes.toString('utf8')) as { tables: Record<string, unknown[]> };
		expect(Object.fromEntries(Object.entries(dump.tables).map(([t, rows]) => [t, rows.length]))).toMatchObject({
			user: 2,
			account: 2,
			session: 1,
			api_tokens: 2,
			scenarios: 5,
			revisions: 7,
			forecasts: 2,
			resolutions: 1,
			audit_log: 9
		});

		for (const db of [there, back]) {
			// The same lists, in the same order, and the same histories.
			const list = async (d: TestDatabase, trash = false) =>
				(await d.database.store.list({ trash })).items.map((s) => [s.id, s.title.en, s.headRevision]);
			expect(await list(db)).toEqual(await list(source));
			expect(await list(db, true)).toEqual(await list(source, true));
			expect((await db.database.store.list({ search: 'المتشدد' })).items).toHaveLength(1);
			const [hard] = (await source.database.store.list({ search: 'hard' })).items;
			expect(await db.database.store.revisions(hard.id)).toEqual(await source.database.store.revisions(hard.id));
			expect(await db.database.store.revision(hard.id, 2)).toEqual(await source.database.store.revision(hard.id, 2));
			expect(await db.database.audit.read({ limit: 50 })).toEqual(await source.database.audit.read({ limit: 50 }));
			expect(await db.database.forecasts.all()).toEqual(await source.database.forecasts.all());
			expect((await db.database.forecasts.all()).map((f) => f.probability)).toEqual([0.1 + 0.2, 1 / 3]);
			expect(await db.database.forecasts.resolutions()).toEqual(await source.database.forecasts.resolutions());
			// Accounts sign in with their passwords, tokens still resolve, and new audit rows follow on.
			const { auth } = await prepareAuth(authSettingsFromEnv(db.env, db.database));
			const signedIn = await auth.api.signInUsername({ body: { username: 'عمر', password: PASSWORD } });
			expect(signedIn?.user).toMatchObject({ displayUsername: 'عمر' });
			const bearer = new Headers({ authorization: `Bearer ${token}` });
			expect(await accountFromHeaders(auth, db.database, bearer)).toMatchObject({ name: 'عمر', role: 'analyst' });
			await db.database.audit.append({
				actor: { id: null, name: 'test' },
				action: 'user.create',
				target: 'user:x',
				outcome: 'ok'
			});
			expect((await db.database.audit.read({ limit: 1 })).entries[0]).toMatchObject({ id: 10, target: 'user:x' });
		}
	});

	it('refuses to import into a database that holds anything, and changes nothing', async () => {
		const file = path.join(source.dataDir, 'again.json');
		await exportDatabase(file, { env: source.env });
		await expect(importDatabase(file, source.env)).rejects.toThrow(
			/not empty \(5 in scenarios, 2 in user, 9 in audit_log\)/
		);
		await expect(exportDatabase(file, { env: source.env })).rejects.toThrow(/exists: pass --force/);
	});

	it('refuses a file that is not an export, naming what is wrong', async () => {
		const target = await open(sqlite);
		const file = path.join(target.dataDir, 'bad.json');
		const { writeFileSync } = await import('node:fs');
		writeFileSync(file, JSON.stringify({ format: 'scenario-desk-dump', version: 2, tables: {} }));
		await expect(importDatabase(file, target.env)).rejects.toThrow(/not a Scenario Desk export \(version: /);
		writeFileSync(file, '{ nope');
		await expect(importDatabase(file, target.env)).rejects.toThrow(/not JSON/);
	});
});
