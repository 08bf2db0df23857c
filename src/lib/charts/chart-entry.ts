// The shape of one kind of chart in the registries: how to build it, its table and its names.

import type { Locale } from '$lib/model';
import type { AnyChartConfig, ChartContext, DataTable } from './types';

/**
 * One kind of chart. `Input` is what its builder reads, `Config` the exact Chart.js configuration
 * it returns; both are the kind's own, so a caller gets a config through without a cast.
 */
export interface ChartEntry<Input, Config extends AnyChartConfig, Context extends ChartContext = ChartContext> {
	chart(input: Input, ctx: Context): Config;
	/** The same numbers as a "show data" table. */
	table(input: Input, ctx: Context): DataTable;
	/** The card's heading, in the language given. */
	title(input: Input, locale: Locale): string;
	/** The slide's heading, where a slide names the chart otherwise than its card. */
	slideTitle?(input: Input, locale: Locale): string;
	/** One sentence on how to read it. */
	description(input: Input, locale: Locale): string;
}
