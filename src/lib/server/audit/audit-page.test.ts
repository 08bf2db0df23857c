import { isHttpError } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { parseAuditFilter } from './audit-page';

function refusal(query: string): string {
	try {
		parseAuditFilter(new URL(`http://app/admin/audit${query}`));
	} catch (error) {
		if (isHttpError(error)) return `${error.status} ${error.body.message}`;
		throw error;
	}
	throw new Error(`accepted ${query}`);
}

describe('the audit page query', () => {
	it('reads the filter and the page, ignoring empty fields (an unchanged form)', () => {
		expect(parseAuditFilter(new URL('http://app/admin/audit?account=u1&action=scenario.save&before=40'))).toEqual({
			account: 'u1',
			action: 'scenario.save',
			before: 40
		});
		expect(parseAuditFilter(new URL('http://app/admin/audit?account=&action='))).toEqual({});
	});

	it('refuses a bad value with a 400 naming the parameter', () => {
		expect(refusal('?action=scenario.explode')).toMatch(/^400 \?action: /);
		expect(refusal('?before=-3')).toMatch(/^400 \?before: /);
		expect(refusal('?before=abc')).toMatch(/^400 \?before: /);
		expect(refusal(`?account=${'x'.repeat(201)}`)).toMatch(/^400 \?account: /);
	});
});
