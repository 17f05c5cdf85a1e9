/**
 * 许政〔2020〕15号, seed 004 (gazette 2020 年第 2 期): the notice issuing the plan 关于打造对外开放新高地…; rows carry
 * the notice's number, also for values in the attached plan.
 */
import { defineDocument } from '../../engine/index.ts';

export default defineDocument({
  file: import.meta.url,
  doc: '许政〔2020〕15号',
  seed: '004_52965add714eecf8.txt',
  title: '建设实施方案（2020—2022年）',
  horizon: 2022,
  period: [2020, 2022],
  figures: [
    { id: 'capital_from_outside_province_growth_pct', t: /(?<y0>\d{4})到(?<y>\d{4})年，实际利用省外资金年均增长(?<a>\d+)%，实际利用外资年均增长(?<b>\d+)%，对外贸易进出口年均增长(?<c>\d+)%，跨境电商交易额年均增长(?<d>\d+)%/, v: 'a', note: 'average annual growth over 2020–2022 (2020到2022年，…年均增长); year = the end of the period' },
    { id: 'fdi_utilised_growth_pct', t: /(?<y0>\d{4})到(?<y>\d{4})年，实际利用省外资金年均增长(?<a>\d+)%，实际利用外资年均增长(?<b>\d+)%，对外贸易进出口年均增长(?<c>\d+)%，跨境电商交易额年均增长(?<d>\d+)%/, v: 'b', note: 'average annual growth over 2020–2022 (2020到2022年，…年均增长); year = the end of the period' },
    { id: 'foreign_trade_growth_pct', t: /(?<y0>\d{4})到(?<y>\d{4})年，实际利用省外资金年均增长(?<a>\d+)%，实际利用外资年均增长(?<b>\d+)%，对外贸易进出口年均增长(?<c>\d+)%，跨境电商交易额年均增长(?<d>\d+)%/, v: 'c', note: 'average annual growth over 2020–2022 (2020到2022年，…年均增长); year = the end of the period' },
    { id: 'cross_border_ecommerce_growth_pct', t: /(?<y0>\d{4})到(?<y>\d{4})年，实际利用省外资金年均增长(?<a>\d+)%，实际利用外资年均增长(?<b>\d+)%，对外贸易进出口年均增长(?<c>\d+)%，跨境电商交易额年均增长(?<d>\d+)%/, v: 'd', note: 'average annual growth over 2020–2022 (2020到2022年，…年均增长); year = the end of the period' },
    { id: 'market_procurement_pilot_entities', t: /(?<y>\d{4})年年底，实现试点市场主体达到(?<a>\d+)户以上，年交易额达到(?<b>\d+)亿元/, v: 'a' },
    { id: 'market_procurement_pilot_trade_value', t: /(?<y>\d{4})年年底，实现试点市场主体达到(?<a>\d+)户以上，年交易额达到(?<b>\d+)亿元/, v: 'b' },
    { id: 'sino_german_park_share_of_german_coop_firms_pct', t: /到(?<y>\d{4})年，产业园对德合作企业占全市对德合作企业总数的(?<v>\d+)%以上/, place: 'park-sino-german-xz2020' },
    { id: 'sino_german_cooperation_projects', t: /力争到(?<y>\d{4})年末，全市引进和培育中德（欧）合作项目总数达到(?<a>\d+)个，其中产业项目占(?<b>\d+)%以上/, v: 'a' },
    { id: 'sino_german_projects_industrial_share_pct', t: /力争到(?<y>\d{4})年末，全市引进和培育中德（欧）合作项目总数达到(?<a>\d+)个，其中产业项目占(?<b>\d+)%以上/, v: 'b' },
    { id: 'cross_border_ecommerce_clusters', t: /(?<y>\d{4})年，累计培育(?<a>\d+)个以上跨境电子商务产业集群，重点扶持(?<b>\d+)家跨境电子商务企业发展，跨境电子商务年交易额超(?<c>\d+)亿元/, v: 'a' },
    { id: 'cross_border_ecommerce_firms_supported', t: /(?<y>\d{4})年，累计培育(?<a>\d+)个以上跨境电子商务产业集群，重点扶持(?<b>\d+)家跨境电子商务企业发展，跨境电子商务年交易额超(?<c>\d+)亿元/, v: 'b' },
    { id: 'cross_border_ecommerce_volume', t: /(?<y>\d{4})年，累计培育(?<a>\d+)个以上跨境电子商务产业集群，重点扶持(?<b>\d+)家跨境电子商务企业发展，跨境电子商务年交易额超(?<c>\d+)亿元/, v: 'c' },
    { id: 'emerging_market_export_share_pct', t: /力争我市对新兴市场国家的出口比例达到(?<v>\d+)%以上/, year_basis: 'horizon', note: 'a task of the plan titled (2020—2022年); 力争…以上: an aim, a floor' },
    { id: 'hair_branded_export_enterprises', t: /形成(?<v>\d+)家以上拥有知名品牌、高附加值、技术密集型的出口企业/, year_basis: 'horizon', note: 'a task (推动我市发制品行业振兴发展) of the plan titled (2020—2022年); 以上: a floor' },
  ],
  places: [
    { id: 'park-sino-german-xz2020', category: 'industrial_park', t: /高标准规划建设(?<n>中德（许昌）产业园)，建安区、市城乡一体化示范区、经济技术开发区、长葛市大周产业集聚区要完善园区配套设施建设/, g: 'n', status: 'planned', note: 'one park in four parts (一园四区): 建安区、示范区、经济技术开发区 and 长葛市大周产业集聚区; recorded city-wide (411000)', repeat: true },
    { id: 'park-sino-swiss-xz2020', category: 'industrial_park', t: /支持(?<a>经济技术开发区)建设(?<n>中瑞国际合作产业园)/, g: 'n', a: 'a', status: 'planned', repeat: true },
  ],
});
