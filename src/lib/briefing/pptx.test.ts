import { describe, expect, it } from 'vitest';
import { keyJudgments, simulate, type Locale } from '$lib/model';
import { scenarioDeck } from './deck';
import { scenarioAssumptions } from '$lib/assumptions';
import { buildBriefingPptx, briefingFileName, type BriefingInput } from './pptx';
import { pptxBytes } from './pptx-file';
import { pptxChart } from './pptx-charts';
import { palette, pct } from './pptx-chart-style';
import { influenceOrder, paginate, pickSources } from './sources';
import { uncertaintyReading } from './uncertainty-reading';
import { flagship } from './test-fixture';
import { readZip, slideText } from './test-zip';

// Outcome colours and a seed of this test's own, not the shipped preset's: the export must take
// them from the model and the scenario it is given.
const COLORS = ['#1B4F72', '#7D3C98', '#117A65', '#B9770E'];
const SEED = 4242;

describe('PowerPoint briefing', async () => {
	const shipped = await flagship();
	const model = { ...shipped.model, outcomes: shipped.model.outcomes.map((o, i) => ({ ...o, color: COLORS[i] })) };
	const scenario = { ...shipped.scenario, seed: SEED };
	const f = { ...shipped, model, scenario, projection: simulate(model, scenario) };
	const input = (lang: Locale): BriefingInput => ({
		lang,
		model: f.model,
		scenario: f.scenario,
		projection: f.projection,
		tornado: f.tornado,
		source: { kind: 'saved', id: 'Xk2p9QaZ1m', revision: 3 },
		edited: false,
		exportedAt: new Date('2026-03-01T12:00:00Z')
	});
	async function unzip(lang: Locale) {
		const bytes = await pptxBytes(buildBriefingPptx(input(lang)));
		return readZip(bytes);
	}
	const plan = scenarioDeck({
		judgments: keyJudgments(f.model, f.projection).length,
		tornado: f.tornado,
		sources: paginate(pickSources(f.model, influenceOrder(f.projection, f.tornado))),
		assumptions: scenarioAssumptions(f.model, f.scenario).length,
		signposts: true
	});

	it('has the deck’s slides, six native charts holding the scenario’s numbers, and provenance on every slide', async () => {
		const files = await unzip('en');
		const slides = [...files.keys()].filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
		const charts = [...files.keys()]
			.filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))
			.map((n) => files.get(n) ?? '');
		expect(slides).toHaveLength(plan.length);
		expect(charts).toHaveLength(6);
		const horizonRisk = pct(f.projection.ruptureRisk.at(-1) ?? 0);
		expect(charts.some((xml) => xml.includes('<c:lineChart>') && xml.includes(`<c:v>${horizonRisk}</c:v>`))).toBe(true);
		const area = charts.find((xml) => xml.includes('<c:areaChart>')) ?? '';
		expect(area).toContain('<c:grouping val="stacked"/>');
		expect(f.model.outcomes).toHaveLength(COLORS.length);
		for (const color of COLORS) expect(area).toContain(`<a:srgbClr val="${color.slice(1)}"`);
		for (const { color } of shipped.model.outcomes) expect(area).not.toContain(color!.slice(1));
		expect(area).toContain(`<c:v>${pct(f.projection.stateProbabilities.transactional.at(-1) ?? 0)}</c:v>`);
		expect(charts.filter((xml) => xml.includes('<c:barDir val="bar"/>'))).toHaveLength(3);
		for (const name of slides) {
			const text = slideText(files.get(name) ?? '');
			expect(text, name).toContain(
				`${f.scenario.title.en} (saved, revision 3) · model “${f.model.title.en}” · seed ${SEED} · 800 paths · exported 2026-03-01 · Scenario Desk`
			);
		}
		expect(slideText(files.get('ppt/slides/slide2.xml') ?? '')).toContain(
			keyJudgments(f.model, f.projection)[0].text.en
		);
	});

	it('has a slide on what the outcome depends on: the four shares as bars with their percents, and its reading', async () => {
		const files = await unzip('en');
		const u = f.projection.uncertainty;
		const index = plan.findIndex((s) => s.kind === 'chart' && s.chart === 'uncertainty');
		expect(index).toBeGreaterThan(0);
		const slide = slideText(files.get(`ppt/slides/slide${index + 1}.xml`) ?? '');
		expect(slide).toContain('What the outcome depends on');
		expect(slide).toContain(uncertaintyReading(u, 'en'));
		const chart = [...files.entries()].find(
			([n, xml]) => /^ppt\/charts\/chart\d+\.xml$/.test(n) && xml.includes('Unmodelled factors')
		)?.[1];
		expect(chart).toBeDefined();
		const values = [...(chart ?? '').matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((match) => match[1]);
		for (const share of [u.ranges, u.events, u.unmodelled, u.interaction]) expect(values).toContain(String(pct(share)));
		expect(chart).toContain('<c:showVal val="1"/>');
		expect(chart).toContain('0&quot;%&quot;');
		// The analyst's ranges and events share one colour, the unmodelled factors another.
		const colors = [...(chart ?? '').matchAll(/<c:dPt>[\s\S]*?<a:srgbClr val="([0-9A-F]{6})"/g)].map((c) => c[1]);
		expect(colors.slice(0, 4)).toEqual([
			colors[0],
			colors[0],
			expect.not.stringMatching(colors[0]),
			expect.any(String)
		]);
	});

	it('writes Arabic slides right to left, time axes reversed', async () => {
		const files = await unzip('ar');
		expect(files.get('ppt/presentation.xml')).toContain('rtl="1"');
		const title = files.get('ppt/slides/slide1.xml') ?? '';
		expect(title).toContain('rtl="1"');
		expect(title).toContain('algn="r"');
		expect(slideText(title)).toContain(f.model.question.ar);
		expect(slideText(title)).toContain('المراجعة 3');
		const charts = [...files.entries()].filter(([n]) => /^ppt\/charts\/chart\d+\.xml$/.test(n)).map(([, xml]) => xml);
		const area = charts.find((xml) => xml.includes('<c:areaChart>')) ?? '';
		expect(area).toContain('<c:orientation val="maxMin"/>');
		expect(area).toContain('الربع الرابع 2030');
	});

	it('keeps Arabic time axes left to right when the analyst chose so, and only the time axes', async () => {
		const catAxis = (xml: string) => /<c:catAx>[\s\S]*?<c:orientation val="(\w+)"\/>/.exec(xml)?.[1];
		const orientations = async (timeLtr: boolean | undefined) => {
			const bytes = await pptxBytes(buildBriefingPptx({ ...input('ar'), timeLtr }));
			const charts = chartXml(readZip(bytes));
			const time = charts.filter((xml) => xml.includes('الربع الرابع 2030'));
			const other = charts.filter((xml) => !xml.includes('الربع الرابع 2030'));
			return { time: time.map(catAxis), other: other.map(catAxis) };
		};
		const rtl = await orientations(undefined);
		const ltr = await orientations(true);
		// Outcomes, index and rupture risk over time.
		expect(rtl.time).toEqual(['maxMin', 'maxMin', 'maxMin']);
		expect(ltr.time).toEqual(['minMax', 'minMax', 'minMax']);
		// The bar charts list their rows top-down either way.
		expect(ltr.other.length).toBeGreaterThan(0);
		expect(ltr.other).toEqual(rtl.other);
		expect(ltr.other.every((o) => o === 'maxMin')).toBe(true);
		// English time runs left to right whatever the option says.
		const en = await pptxBytes(buildBriefingPptx({ ...input('en'), timeLtr: false }));
		const enTime = chartXml(readZip(en)).filter((xml) => xml.includes('Q4 2030'));
		expect(enTime.map(catAxis)).toEqual(['minMax', 'minMax', 'minMax']);
	});

	const chartXml = (files: Map<string, string>) =>
		[...files.entries()].filter(([n]) => /^ppt\/charts\/chart\d+\.xml$/.test(n)).map(([, xml]) => xml);
	const values = (xml: string) => [...xml.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((match) => Number(match[1]));

	it('draws the fan’s bands as bands: stacked areas on a transparent base, the median and dashed thresholds as lines', async () => {
		const fan = chartXml(await unzip('en')).find((xml) => xml.includes('50% band (p25–p75)')) ?? '';
		const area = /<c:areaChart>[\s\S]*?<\/c:areaChart>/.exec(fan)?.[0] ?? '';
		expect(area).toContain('<c:grouping val="stacked"/>');
		// Four stacked series: the base (no fill), the pale band, the darker band, the pale band again.
		const series = [...area.matchAll(/<c:ser>[\s\S]*?<\/c:ser>/g)].map((match) => match[0]);
		expect(series).toHaveLength(4);
		expect(series[0]).toMatch(/<c:spPr>\s*<a:noFill\/>/);
		for (const band of series.slice(1)) expect(band).toContain('<a:solidFill>');
		// The stack reaches the 95th percentile at every step: base + bands = p95.
		const { index } = f.projection;
		const last = index.p95.length - 1;
		const tops = series.map((ser) => values(ser).at(-1) ?? NaN);
		expect(tops.reduce((a, b) => a + b, 0)).toBeCloseTo(index.p95[last], 3);
		expect(tops[0]).toBeCloseTo(index.p5[last], 3);
		const lines = [...fan.matchAll(/<c:lineChart>[\s\S]*?<\/c:lineChart>/g)].map((match) => match[0]);
		expect(lines).toHaveLength(2);
		expect(lines[0]).toContain('Median');
		expect(values(lines[0])).toContain(Math.round(index.p50[last] * 10000) / 10000);
		expect(lines[0]).toContain('<a:prstDash val="solid"/>');
		expect(lines[1]).toContain('<a:prstDash val="dash"/>');
		expect([...lines[1].matchAll(/<c:ser>/g)]).toHaveLength(f.model.thresholds.length);
		// What the slide's subtitle names (bands, dashed thresholds) is drawn.
		expect(slideText(fan)).not.toContain('5th percentile');
		// Each band named once in the legend: the base and the upper pale band have no entry
		// (other programs would list them as "Series1", "Series4").
		const legend = /<c:legend>[\s\S]*?<\/c:legend>/.exec(fan)?.[0] ?? '';
		const deleted = [...legend.matchAll(/<c:legendEntry><c:idx val="(\d+)"\/><c:delete val="1"\/><\/c:legendEntry>/g)];
		expect(deleted.map((d) => Number(d[1]))).toEqual([0, 3]);
		expect(legend.indexOf('<c:legendEntry>')).toBeGreaterThan(legend.indexOf('<c:legendPos'));
	});

	it('draws the tornado as a tornado: bars from the as-set value to each end, in two colours, an as-set line and label', async () => {
		const tornado = chartXml(await unzip('en')).find((xml) => xml.includes('As set:')) ?? '';
		expect(tornado).toContain('<c:barDir val="bar"/>');
		expect(tornado).toContain('<c:overlap val="100"/>');
		const base = pct(f.tornado.base);
		// The category axis (where bars start) crosses the value axis at the as-set value, dashed.
		const catAx = /<c:catAx>[\s\S]*?<\/c:catAx>/.exec(tornado)?.[0] ?? '';
		expect(catAx).toContain(`<c:crossesAt val="${base}"/>`);
		expect(catAx).toContain('<a:prstDash val="dash"/>');
		expect(tornado).toContain(`As set: ${Math.round(f.tornado.base * 100)}%`);
		const series = [...tornado.matchAll(/<c:ser>[\s\S]*?<\/c:ser>/g)].map((match) => match[0]);
		expect(series).toHaveLength(2);
		const colour = (ser: string) => /<a:solidFill><a:srgbClr val="([0-9A-F]{6})"/.exec(ser)?.[1];
		expect(colour(series[0])).toBe(palette.lowEnd.slice(1).toUpperCase());
		expect(colour(series[1])).toBe(palette.highEnd.slice(1).toUpperCase());
		// Absolute values of each end, largest swing first: not a clustered chart of swings.
		const top = [...f.tornado.bars].sort((a, b) => b.swing - a.swing)[0];
		expect(values(series[0])).toContain(pct(top.low));
		expect(values(series[1])).toContain(pct(top.high));
	});

	it('draws the scenario’s notes over its time charts: a dashed line and the note’s text, on a pinned plot area', async () => {
		const annotations = [{ date: '2026-06', text: 'Treaty anniversary gala' }];
		const bytes = await pptxBytes(buildBriefingPptx({ ...input('en'), scenario: { ...f.scenario, annotations } }));
		const files = readZip(bytes);
		const slides = [...files.entries()].filter(([n]) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).map(([, xml]) => xml);
		const noted = slides.filter((xml) => slideText(xml).includes('Treaty anniversary gala'));
		// The three time charts (outcomes, index, rupture risk), each with one dashed line.
		expect(noted).toHaveLength(3);
		for (const xml of noted) expect(xml).toMatch(/prstGeom prst="line"[\s\S]*?<a:prstDash val="dash"\/>/);
		const pinned = chartXml(files).filter((xml) => xml.includes('<c:manualLayout>'));
		expect(pinned).toHaveLength(3);
		// Without notes nothing is drawn over the charts and the plot areas lay themselves out.
		expect(chartXml(await unzip('en')).some((xml) => xml.includes('<c:manualLayout>'))).toBe(false);
		const notes = pptxChart('rupture', { ...f, lang: 'en', scenario: { annotations } })?.notes;
		expect(notes).toEqual([{ index: f.projection.times.indexOf('2026-Q2'), text: 'Treaty anniversary gala' }]);
	});

	it('puts percent where the dashboard shows percent, and index values as they are', () => {
		const states = pptxChart('states', { ...f, lang: 'en' });
		expect(states?.options.valAxisLabelFormatCode).toBe('0"%"');
		const total = (states?.data ?? []).reduce((sum, s) => sum + (s.values?.at(-1) ?? 0), 0);
		expect(total).toBeCloseTo(100, 1);
		const index = pptxChart('index', { ...f, lang: 'en' });
		const median = index?.data.find((d) => d.name === 'Median');
		expect(median?.values?.at(-1)).toBeCloseTo(f.projection.index.p50.at(-1) ?? 0, 3);
		expect(pptxChart('tornado', { ...f, tornado: null, lang: 'en' })).toBeNull();
		// The tornado: drivers and events, an event named by its label, low and high ends as two series.
		const tornado = pptxChart('tornado', { ...f, lang: 'ar' });
		const event = f.tornado.bars.find((b) => b.kind === 'event');
		const label = f.model.events.find((e) => e.id === event?.id)?.label.ar;
		expect(label).toBeDefined();
		expect(tornado?.data[0].labels).toContain(label);
		expect(tornado?.data[0].labels).toHaveLength(f.tornado.bars.length);
		expect(tornado?.data).toHaveLength(2);
		// Named after the scenario in the slide language, never after the ids it is stored under.
		expect(briefingFileName(input('ar'))).toBe(
			`${f.scenario.title.ar.replace(':', ' ').replace(/\s+/g, ' ')} r3 - إحاطة - 2026-03-01.pptx`
		);
		expect(briefingFileName(input('en'), 'pdf')).toBe('Baseline the current course r3 - briefing - 2026-03-01.pdf');
	});
});
