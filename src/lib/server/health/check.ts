// What /healthz tells a load balancer: whether this instance can serve — its database answers a
// query within HEALTH_TIMEOUT_MS and records the schema version this build migrates to. The
// answer names the backend and what is wrong in fixed words: never a URL, a host, an error's own
// text or the database server's version (the probe is open to anyone who can reach the port).

import { getDatabase } from '../db/app-database';
import type { AppDatabase } from '../db/types';
import { NewerSchemaError } from '../storage/newer-schema';

/** A probe waits this long for the database; load balancers commonly give up after 5 s. */
export const HEALTH_TIMEOUT_MS = 2000;

export type DatabaseName = 'postgresql' | 'sqlite';
/** The database's schema against this build's: behind (not yet migrated), ahead (a newer build's). */
export type MigrationState = 'current' | 'behind' | 'ahead' | 'unknown';

export interface Health {
	status: 'ok' | 'unavailable';
	database: DatabaseName;
	migrations: MigrationState;
	/** What is wrong, when unavailable. */
	problem?: string;
}

type Probed = Pick<AppDatabase, 'kind' | 'schemaVersion'>;

export interface HealthOptions {
	/** The database to probe (the process's own by default); may throw, as opening one can. */
	open?: () => Probed;
	env?: NodeJS.ProcessEnv;
	timeoutMs?: number;
}

class TimedOut extends Error {}

function within<T>(work: Promise<T>, ms: number): Promise<T> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const late = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new TimedOut()), ms);
	});
	return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** As app-database.ts chooses: DATABASE_URL set means PostgreSQL. */
function configuredDatabase(env: NodeJS.ProcessEnv): DatabaseName {
	return env.DATABASE_URL?.trim() ? 'postgresql' : 'sqlite';
}

function unavailable(database: DatabaseName, migrations: MigrationState, problem: string): Health {
	return { status: 'unavailable', database, migrations, problem };
}

function fromError(error: unknown, database: DatabaseName, timeoutMs: number): Health {
	if (error instanceof NewerSchemaError) {
		return unavailable(
			database,
			'ahead',
			`the database's schema (version ${error.found}) is newer than this build knows (${error.known}): update this instance`
		);
	}
	if (error instanceof TimedOut)
		return unavailable(database, 'unknown', `the database did not answer within ${timeoutMs / 1000} s`);
	return unavailable(database, 'unknown', 'the database could not be reached (the server log says why)');
}

let lastProblem: string | undefined;

/** Logs each new problem once (a probe every few seconds would otherwise flood the log), and recovery. */
function report(health: Health, error?: unknown): void {
	if (health.problem === lastProblem) return;
	if (health.problem) {
		const cause = error instanceof Error && !(error instanceof TimedOut) ? ` (${error.message})` : '';
		console.error(`health: ${health.problem}${cause}`);
	} else console.log('health: the database answers again and its schema is current');
	lastProblem = health.problem;
}

export async function checkHealth(options: HealthOptions = {}): Promise<Health> {
	const env = options.env ?? process.env;
	const timeoutMs = options.timeoutMs ?? HEALTH_TIMEOUT_MS;
	let database = configuredDatabase(env);
	let health: Health;
	try {
		const probed = (options.open ?? getDatabase)();
		database = probed.kind === 'postgres' ? 'postgresql' : 'sqlite';
		const { found, expected } = await within(probed.schemaVersion(), timeoutMs);
		if (found === expected) health = { status: 'ok', database, migrations: 'current' };
		else if (found < expected)
			health = unavailable(
				database,
				'behind',
				`the database's schema is at version ${found}, this build expects ${expected}: restart an instance to migrate it`
			);
		else health = fromError(new NewerSchemaError(found, expected), database, timeoutMs);
	} catch (error) {
		health = fromError(error, database, timeoutMs);
		report(health, error);
		return health;
	}
	report(health);
	return health;
}
