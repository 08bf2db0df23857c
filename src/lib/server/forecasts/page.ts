// /track-record's load: the record scored, and whether the reader may resolve questions.

import type { TrackRecord } from '$lib/forecast';
import type { Account } from '$lib/server/auth/account';
import { isReadOnly } from '$lib/server/read-only';
import { trackRecord } from './track-record';

export interface TrackRecordPageData {
	record: TrackRecord;
	canResolve: boolean;
}

export async function loadTrackRecord(account: Account | null | undefined): Promise<TrackRecordPageData> {
	return { record: await trackRecord(), canResolve: account?.role === 'admin' && !isReadOnly() };
}
