/**
 * Adding a gazette is writing its registry entry: a synthetic notice (number, a sentence target, a table with a
 * 合计 row) goes through the engine from a document module written to a file, and comes out as rows and checks;
 * broken entries are rejected naming the module file and the reason.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { makeSeed, type SeedSet } from '../../pipeline/lib/seeds.ts';
import {
  defineIndicators, indicatorRegistry, qualifierOf, runDocuments, type DocumentModule,
} from '../../pipeline/engine/index.ts';
import { checkNamed } from './seedTestKit.ts';

const SEED = '900_synthetic.txt';
const GAZETTE = [
  '许昌市人民政府公报',
  '许昌市人民政府',
  '关于印发许昌市示例设施建设行动方案的通知',
  '许政〔2030〕1 号',
  '各县（市、区）人民政府：',
  '现将《许昌市示例设施建设行动方案（2030—2032年）》印发给你们，请认真贯彻执行。',
  '许昌市人民政府',
  '2030 年 1 月 2 日',
  '许昌市示例设施建设行动方案（2030—2032年）',
  '一、现状',
  '目前，全市已建成示例设施 60 个。',
  '二、目标',
  '到 2031 年，全市示例设施达到 120 个以上，示例站点力争达到',
  '8 个。',
  '附件 1',
  '示例设施分布表',
  '序号\t县（市、区）\t设施（个）',
  '合计\t\t120',
  '1\t禹州市\t70',
  '2\t长葛市\t50',
  '',
].join('\n');

const engineIndex = resolve('pipeline/engine/index.ts');
const dir = mkdtempSync(join(tmpdir(), 'gazette-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The registry entry as a module file: the only thing a new gazette needs. */
const ENTRY = (figure: string, tableTotal = '合计') => `
import { defineDocument } from ${JSON.stringify(pathToFileURL(engineIndex).href)};
export default defineDocument({
  file: import.meta.url,
  doc: '许政〔2030〕1号',
  seed: '${SEED}',
  title: '许昌市示例设施建设行动方案（2030—2032年）',
  horizon: 2032,
  period: [2030, 2032],
  sections: [{ name: 'status', start: '一、现状', end: '二、目标' }],
  figures: [
    { id: 'example_facilities', t: ${JSON.stringify(figure)} },
    { id: 'example_stations', t: '站点力争达到{v}个', year_basis: 'horizon' },
    { id: 'example_facilities', t: '已建成示例设施{v}个', in: 'status', kind: 'actual', year_basis: 'before_issue' },
  ],
  tables: [{
    name: 'annex1', after: /^附件\\s*1$/, title: '示例设施分布表', header: ['序号', '县（市、区）', '设施（个）'],
    serial: 0, area: 1, total: { label: '${tableTotal}', at: 'first' },
    columns: [{ col: 2, id: 'example_facilities', yearOf: 'example_facilities', note: 'year {year} from the text at line {line}', check: 'example_annex1_total' }],
  }],
});
`;

let n = 0;
async function entry(figure = '到{y}年，全市示例设施达到{v}个', tableTotal?: string): Promise<{ mod: DocumentModule; file: string }> {
  const file = join(dir, `xuzheng-2030-1-${n++}.ts`);
  writeFileSync(file, ENTRY(figure, tableTotal));
  return { mod: (await import(/* @vite-ignore */ pathToFileURL(file).href)).default as DocumentModule, file };
}

const indicators = defineIndicators('pipeline/documents/indicators/example.ts', 'other', [
  ['example_facilities', '个', '示例设施', 'Example facilities', 'Synthetic.'],
  ['example_stations', '个', '示例站点', 'Example stations', 'Synthetic.'],
]);
const registry = indicatorRegistry([indicators]);
const seedsWith = (text: string): SeedSet => new Map([[SEED, makeSeed(SEED, text)]]);

describe('a synthetic gazette added by its registry entry alone', () => {
  it('yields the sentence target, the inferred-year figures, the table rows and the 合计 check', async () => {
    const { mod } = await entry();
    const r = runDocuments([mod], seedsWith(GAZETTE), registry);
    const city = r.indicators.filter((x) => x.area_code === '411000');
    expect(city.find((x) => x.year === 2031)).toMatchObject({
      indicator: 'example_facilities', value: '120', unit: '个', kind: 'target', doc: '许政〔2030〕1号', seed: SEED, line: 13,
      qualifier: 'at_least', year_basis: '',
    });
    // 力争 … 8 个 with no year: the plan's horizon (2030—2032 → 2032), flagged as inferred; the value wraps onto line 14
    expect(city.find((x) => x.indicator === 'example_stations')).toMatchObject({ value: '8', year: 2032, year_basis: 'horizon', qualifier: 'aim', line: 14 });
    // 目前 … 60 个 in the status section: the year before issue (signed 2030-01-02)
    expect(city.find((x) => x.kind === 'actual')).toMatchObject({ value: '60', year: 2029, year_basis: 'before_issue', line: 11 });
    const counties = r.indicators.filter((x) => x.area_code !== '411000');
    expect(counties.map((x) => [x.area, x.value, x.year, x.line])).toEqual([['禹州市', '70', 2031, 19], ['长葛市', '50', 2031, 20]]);
    expect(counties[0].note).toBe('year 2031 from the text at line 13');
    const c = checkNamed(r.checks, 'example_annex1_total');
    expect(c).toMatchObject({ expected: '120', found: '120', line: 18, doc: '许政〔2030〕1号' });
    expect(c.note).toMatch(/^ok: the 2 county rows of 设施（个） add up to the 合计 row/);
    expect(r.defs.map((d) => d.id)).toEqual(['example_facilities', 'example_stations']);
  });

  it('records a 合计 that does not add up as a check, not an error', async () => {
    const { mod } = await entry();
    const r = runDocuments([mod], seedsWith(GAZETTE.replace('合计\t\t120', '合计\t\t121')), registry);
    const c = checkNamed(r.checks, 'example_annex1_total');
    expect(c).toMatchObject({ expected: '121', found: '120' });
    expect(c.note).toBe('the 2 county rows of 设施（个） add up to 120, the 合计 row says 121');
  });
});

describe('a broken registry entry is rejected with its file and the reason', () => {
  const rejects = async (text: string, message: RegExp, figure?: string) => {
    const { mod, file } = await entry(figure);
    let error: Error | undefined;
    try {
      runDocuments([mod], seedsWith(text), registry);
    } catch (e) {
      error = e as Error;
    }
    expect(error, 'rejected').toBeDefined();
    expect(error!.message.startsWith(file.replace(`${process.cwd()}/`, '')) || error!.message.includes(file)).toBe(true);
    expect(error!.message).toMatch(message);
  };

  it('a template that matches twice', () =>
    rejects(GAZETTE.replace('附件 1', '到 2031 年，全市示例设施达到 120 个。\n附件 1'), /figure example_facilities: pattern "到\{y\}年，全市示例设施达到\{v\}个" matches 2 times in 许政〔2030〕1号, expected exactly once/));

  it('a template that matches nowhere (a changed seed)', () =>
    rejects(GAZETTE.replace('全市示例设施达到', '全市示范设施达到'), /figure example_facilities: .* matches 0 times/));

  it('a table with a bad cell', () =>
    rejects(GAZETTE.replace('1\t禹州市\t70', '1\t禹州市\t7O'), /table annex1: 900_synthetic\.txt:19 \(许政〔2030〕1号 annex1\): cell "7O" is neither a number nor "—"/));

  it('a table row with an unknown area', () =>
    rejects(GAZETTE.replace('2\t长葛市\t50', '2\t郏县\t50'), /unknown area name "郏县"/));

  it('an indicator with no definition', async () => {
    const { mod, file } = await entry();
    const broken = { ...mod, figures: [{ id: 'example_facility', t: '到{y}年，全市示例设施达到{v}个' }] };
    expect(() => runDocuments([broken], seedsWith(GAZETTE), registry)).toThrow(file.split('/').pop()!);
    expect(() => runDocuments([broken], seedsWith(GAZETTE), registry)).toThrow(/indicator "example_facility" has no definition/);
  });

  it('a document number the seed does not print', async () => {
    const { mod } = await entry();
    expect(() => runDocuments([{ ...mod, doc: '许政〔2030〕2号' }], seedsWith(GAZETTE), registry)).toThrow(/许政〔2030〕2号: document not found in 900_synthetic\.txt/);
  });

  it('an indicator id defined twice names both files', () => {
    const again = defineIndicators('pipeline/documents/indicators/other.ts', 'other', [['example_stations', '个', '站点', 'Stations', 'Again.']]);
    expect(() => indicatorRegistry([indicators, again])).toThrow(
      'indicator "example_stations" is defined twice: pipeline/documents/indicators/example.ts and pipeline/documents/indicators/other.ts');
  });
});

describe('qualifiers read from the words around the value', () => {
  const q = (text: string, value: string) => {
    const i = text.indexOf(value);
    return qualifierOf(text, i, i + value.length);
  };
  it.each([
    ['达到60%以上', '60', 'at_least'], ['不低于50元', '50', 'at_least'], ['至少3个', '3', 'at_least'],
    ['控制在5%以内', '5', 'at_most'], ['不超过10万吨', '10', 'at_most'], ['40%左右', '40', 'about'],
    ['力争达到8个', '8', 'aim'], ['超过300PFlops', '300', 'over'], ['突破1000亿元', '1000', 'over'],
    ['低于6‰', '6', 'under'], ['达到120个', '120', ''],
  ])('%s → %s', (text, value, expected) => expect(q(text, value)).toBe(expected));
});
