/**
 * 许政〔2020〕7号, seed 004 (gazette 2020 年第 2 期): the notice issuing the plan 关于加强基础能力支撑…; rows carry
 * the notice's number, also for values in the attached plan.
 */
import { defineDocument } from '../../engine/index.ts';

export default defineDocument({
  file: import.meta.url,
  doc: '许政〔2020〕7号',
  seed: '004_52965add714eecf8.txt',
  title: '加强基础能力支撑',
  sections: [
    // the 发展目标 close with 到2025年…: the plan's horizon for the tasks after it, which print no year
    { name: 'plan', start: /到2025年，城乡基础设施进一步完善/, horizon: 2025, what: 'the 发展目标, which close with 到2025年，城乡基础设施进一步完善' },
  ],
  figures: [
    { id: 'natural_gas_primary_energy_share_pct', t: /到(?<y>\d{4})年天然气在一次性能源消费结构中力争达到(?<v>[\d.]+)%以上/ },
    { id: 'base_stations_5g_built', t: /(?<y>\d{4})年，建设5G基站(?<v>\d+)个/ },
    { id: 'coal_washing_rate_pct', t: /提高煤炭洗选率，力争达到(?<v>\d+)%以上/, in: 'plan', year_basis: 'horizon', note: '力争…以上: an aim, a floor' },
  ],
  places: [
    { id: 'sewage-weidu-pangzhuang-xz2020', category: 'sewage_plant', t: /未来三年内新建(?<n1>(?<a1>魏都区)庞庄污水处理厂)一期工程、(?<n2>(?<a2>示范区)污水处理厂)一期工程/, g: 'n1', a: 'a1', status: 'planned', note: 'new plant (新建…一期工程) within three years (未来三年内)', repeat: true },
    { id: 'sewage-sfq-xz2020', category: 'sewage_plant', t: /未来三年内新建(?<n1>(?<a1>魏都区)庞庄污水处理厂)一期工程、(?<n2>(?<a2>示范区)污水处理厂)一期工程/, g: 'n2', a: 'a2', status: 'planned', note: 'new plant (新建…一期工程) within three years (未来三年内)', repeat: true },
    { id: 'sewage-weidu-hongyuan-xz2020', category: 'sewage_plant', t: /对瑞贝卡污水处理厂一二期、(?<n1>(?<a1>魏都区)宏源污水处理厂)、(?<n2>(?<a2>长葛市)城南污水处理厂)、邓庄污水处理厂/, g: 'n1', a: 'a1', status: 'upgrading', note: 'upgrade to a higher discharge standard (提标改造)', repeat: true },
    { id: 'sewage-changge-chengnan-xz2020', category: 'sewage_plant', t: /对瑞贝卡污水处理厂一二期、(?<n1>(?<a1>魏都区)宏源污水处理厂)、(?<n2>(?<a2>长葛市)城南污水处理厂)、邓庄污水处理厂/, g: 'n2', a: 'a2', status: 'upgrading', note: 'upgrade to a higher discharge standard (提标改造)', repeat: true },
    { id: 'power-biomass-yuzhou-xz2020', name: '禹州市生物质电厂', composed: true, category: 'power_plant', t: /持续推动(?<a1>禹州市)、(?<a2>襄城县)生物质电厂建设，争取(?<y>\d{4})年12月底建成投产/, g: 'a1', a: 'a1', status: 'planned', y: 'y', note: 'name built from "禹州市、襄城县生物质电厂"; to start operation by the end of 2020 (争取…建成投产)', repeat: true },
    { id: 'power-biomass-xiangcheng-xz2020', name: '襄城县生物质电厂', composed: true, category: 'power_plant', t: /持续推动(?<a1>禹州市)、(?<a2>襄城县)生物质电厂建设，争取(?<y>\d{4})年12月底建成投产/, g: 'a2', a: 'a2', status: 'planned', y: 'y', note: 'name built from "禹州市、襄城县生物质电厂"; to start operation by the end of 2020 (争取…建成投产)', repeat: true },
    { id: 'park-jkq-biomedicine-xz2020', category: 'industrial_park', t: /加快推进(?<n>(?<a>开发区)生物医药产业园)专用线建设/, g: 'n', a: 'a', status: 'existing', note: 'status existing: the text builds a gas line to the park (专用线建设)', repeat: true },
  ],
});
