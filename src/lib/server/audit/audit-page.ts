// /admin/audit: a page of the audit log, newest first, filtered by account and action. Only
// admins reach it (the permission table); a bad query is a 400 naming the parameter.

import { error } from '@sveltejs/kit';
import { explainIssue } from '$lib/schema';
import { getDatabase } from '$lib/server/db/app-database';
import {
	AUDIT_PAGE_SIZE,
	auditActions,
	auditQuerySchema,
	type Actor,
	type AuditAction,
	type AuditFilter,
	type AuditRecord
} from './types';

export interface AuditPageData {
	entries: AuditRecord[];
	filter: AuditFilter;
	accounts: { key: string; actor: Actor }[];
	actions: readonly AuditAction[];
	/** Query strings of the next (older) page and of the newest page; null when there is none. */
	olderSearch: string | null;
	newestSearch: string | null;
}

function search(filter: AuditFilter, before?: number): string {
	const params = new URLSearchParams();
	if (filter.account) params.set('account', filter.account);
	if (filter.action) params.set('action', filter.action);
	if (before !== undefined) params.set('before', String(before));
	const text = params.toString();
	return text ? `?${text}` : '?';
}

export function parseAuditFilter(url: URL): AuditFilter {
	const raw = Object.fromEntries(
		['before', 'account', 'action'].flatMap((key) => {
			const value = url.searchParams.get(key);
			return value === null || value === '' ? [] : [[key, value]];
		})
	);
	const parsed = auditQuerySchema.safeParse(raw, { error: explainIssue });
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		error(400, `?${String(issue?.path[0] ?? 'query')}: ${issue?.message ?? 'invalid'}`);
	}
	return parsed.data;
}

export async function loadAuditPage(url: URL): Promise<AuditPageData> {
	const filter = parseAuditFilter(url);
	const { audit } = getDatabase();
	const page = await audit.read({ ...filter, limit: AUDIT_PAGE_SIZE });
	const { before: _before, ...sameFilter } = filter;
	return {
		entries: page.entries,
		filter,
		accounts: await audit.accounts(),
		actions: auditActions,
		olderSearch: page.next === null ? null : search(sameFilter, page.next),
		newestSearch: filter.before === undefined ? null : search(sameFilter)
	};
}
