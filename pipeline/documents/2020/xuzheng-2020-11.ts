/**
 * 许政〔2020〕11号, seed 004 (gazette 2020 年第 2 期): the notice issuing the plan 关于推进森林许昌生态建设…; rows carry
 * the notice's number, also for values in the attached plan.
 */
import { defineDocument, type DocContext } from '../../engine/index.ts';

export default defineDocument({
  file: import.meta.url,
  doc: '许政〔2020〕11号',
  seed: '004_52965add714eecf8.txt',
  title: '推进森林许昌生态建设',
  figures: [
    { id: 'afforestation_area', t: /到(?<y>\d{4})年年底，完成营造林面积(?<a>[\d.]+)万亩，建设(?<b>\d+)个省级森林城市，(?<c>\d+)个森林特色小镇，(?<d>\d+)个森林乡村，(?<e>\d+)个果树进村示范村/, v: 'a' },
    { id: 'provincial_forest_cities', t: /到(?<y>\d{4})年年底，完成营造林面积(?<a>[\d.]+)万亩，建设(?<b>\d+)个省级森林城市，(?<c>\d+)个森林特色小镇，(?<d>\d+)个森林乡村，(?<e>\d+)个果树进村示范村/, v: 'b' },
    { id: 'forest_towns', t: /到(?<y>\d{4})年年底，完成营造林面积(?<a>[\d.]+)万亩，建设(?<b>\d+)个省级森林城市，(?<c>\d+)个森林特色小镇，(?<d>\d+)个森林乡村，(?<e>\d+)个果树进村示范村/, v: 'c' },
    { id: 'forest_villages', t: /到(?<y>\d{4})年年底，完成营造林面积(?<a>[\d.]+)万亩，建设(?<b>\d+)个省级森林城市，(?<c>\d+)个森林特色小镇，(?<d>\d+)个森林乡村，(?<e>\d+)个果树进村示范村/, v: 'd' },
    { id: 'fruit_tree_demo_villages', t: /到(?<y>\d{4})年年底，完成营造林面积(?<a>[\d.]+)万亩，建设(?<b>\d+)个省级森林城市，(?<c>\d+)个森林特色小镇，(?<d>\d+)个森林乡村，(?<e>\d+)个果树进村示范村/, v: 'e' },
    { id: 'eco_corridor_greening_rate_pct', t: /争取到(?<y>\d{4})年年底，建成覆盖城乡、互联互通的生态绿廊体系，所有廊道平均绿化率达(?<avg>\d+)%以上，I级生态廊道（[^）]*）绿化率达(?<l1>\d+)%，[^；]*；II级生态廊道（[^）]*）绿化率达(?<l2>\d+)%以上，[^；]*；III级生态廊道（[^）]*）绿化率达(?<l3>\d+)%以上，[^；]*；IV级生态廊道（[^）]*）绿化率达(?<l4>\d+)%以上/, v: 'avg' },
    { id: 'eco_corridor_l1_greening_rate_pct', t: /争取到(?<y>\d{4})年年底，建成覆盖城乡、互联互通的生态绿廊体系，所有廊道平均绿化率达(?<avg>\d+)%以上，I级生态廊道（[^）]*）绿化率达(?<l1>\d+)%，[^；]*；II级生态廊道（[^）]*）绿化率达(?<l2>\d+)%以上，[^；]*；III级生态廊道（[^）]*）绿化率达(?<l3>\d+)%以上，[^；]*；IV级生态廊道（[^）]*）绿化率达(?<l4>\d+)%以上/, v: 'l1' },
    { id: 'eco_corridor_l2_greening_rate_pct', t: /争取到(?<y>\d{4})年年底，建成覆盖城乡、互联互通的生态绿廊体系，所有廊道平均绿化率达(?<avg>\d+)%以上，I级生态廊道（[^）]*）绿化率达(?<l1>\d+)%，[^；]*；II级生态廊道（[^）]*）绿化率达(?<l2>\d+)%以上，[^；]*；III级生态廊道（[^）]*）绿化率达(?<l3>\d+)%以上，[^；]*；IV级生态廊道（[^）]*）绿化率达(?<l4>\d+)%以上/, v: 'l2' },
    { id: 'eco_corridor_l3_greening_rate_pct', t: /争取到(?<y>\d{4})年年底，建成覆盖城乡、互联互通的生态绿廊体系，所有廊道平均绿化率达(?<avg>\d+)%以上，I级生态廊道（[^）]*）绿化率达(?<l1>\d+)%，[^；]*；II级生态廊道（[^）]*）绿化率达(?<l2>\d+)%以上，[^；]*；III级生态廊道（[^）]*）绿化率达(?<l3>\d+)%以上，[^；]*；IV级生态廊道（[^）]*）绿化率达(?<l4>\d+)%以上/, v: 'l3' },
    { id: 'eco_corridor_l4_greening_rate_pct', t: /争取到(?<y>\d{4})年年底，建成覆盖城乡、互联互通的生态绿廊体系，所有廊道平均绿化率达(?<avg>\d+)%以上，I级生态廊道（[^）]*）绿化率达(?<l1>\d+)%，[^；]*；II级生态廊道（[^）]*）绿化率达(?<l2>\d+)%以上，[^；]*；III级生态廊道（[^）]*）绿化率达(?<l3>\d+)%以上，[^；]*；IV级生态廊道（[^）]*）绿化率达(?<l4>\d+)%以上/, v: 'l4' },
    { id: 'eco_corridor_greening_area', t: /到(?<y>\d{4})年年底，完成生态廊道绿化工程(?<v>[\d.]+)万亩/ },
    { id: 'rural_greening_area', t: /到(?<y>\d{4})年年底，完成乡村绿化美化工程(?<v>[\d.]+)万亩/ },
    { id: 'mountain_eco_forest_area', t: /到(?<y>\d{4})年年底，完成山区生态林工程(?<v>[\d.]+)万亩/ },
    { id: 'farmland_shelterbelt_area', t: /到(?<y>\d{4})年年底，完成农田防护林工程(?<v>[\d.]+)万亩/ },
  ],
  hooks: { forestChecks },
});

/** Repeated figures, and the itemised areas vs the 营造林 total. */
function forestChecks(ctx: DocContext): void {
  const same = (id: string, line: number, main: { value: string; line: number }, printed: string, where: string) =>
    ctx.check({
      check: id, line, expected: main.value, found: ctx.num(printed, id), ok: Number(main.value) === Number(printed),
      okNote: `the 主要目标 (line ${main.line}) and the ${where} section give the same 2025 figure`,
      badNote: `the 主要目标 (line ${main.line}) says ${main.value}, the ${where} section ${printed}`,
    });
  const rep = ctx.find(/完成乡村绿化美化工程[\d.]+万亩，建设(?<c>\d+)个森林特色小镇，(?<d>\d+)个森林乡村，(?<e>\d+)个果树进村示范村/, 'rural greening');
  for (const [g, id] of [['c', 'forest_towns'], ['d', 'forest_villages'], ['e', 'fruit_tree_demo_villages']] as const) {
    same(`forest_${id}_goal_vs_rural_greening`, rep.slots[g].line, ctx.row(id, 2025), rep.slots[g].text, '乡村绿化美化工程');
  }
  const fc = ctx.find(/到\d{4}年年底，建设(?<v>\d+)个省级森林城市。/, 'forest cities');
  same('forest_provincial_forest_cities_goal_vs_section', fc.slots.v.line, ctx.row('provincial_forest_cities', 2025), fc.slots.v.text, '森林城市建设工程');
  const total = ctx.row('afforestation_area', 2025);
  const parts = ['eco_corridor_greening_area', 'rural_greening_area', 'mountain_eco_forest_area', 'farmland_shelterbelt_area'].map((id) => ctx.row(id, 2025));
  const sum = parts.reduce((s, r) => s + Math.round(Number(r.value) * 100), 0) / 100;
  ctx.check({
    check: 'forest_afforestation_total_vs_projects', line: total.line, expected: total.value, found: String(sum), ok: Number(total.value) === sum,
    okNote: 'the four works add up to the total',
    badNote: `the 主要目标 says 营造林面积${total.value}万亩 by 2025; the four works with an area (生态廊道 ${parts[0].value}, 乡村绿化美化 ${parts[1].value}, 山区生态林 ${parts[2].value}, 农田防护林 ${parts[3].value} 万亩) add up to ${sum} 万亩; the text gives no area for 森林城市建设 and 中心城区绿化, so ${Math.round((Number(total.value) - sum) * 100) / 100} 万亩 are not itemised (not necessarily an error)`,
  });
}
