/**
 * 许政办〔2023〕14号 许昌市深入贯彻城市公共交通优先发展战略推动城市公共交通高质量发展实施方案 (seed 001, gazette
 * 2023 年第 4 期): the 2025 targets of （二）发展目标 — it opens with 到 2025 年, the clauses after it print no year of
 * their own (year_basis horizon of the section `goals`).
 */
import { defineDocument } from '../../engine/index.ts';

export default defineDocument({
  file: import.meta.url,
  doc: '许政办〔2023〕14号',
  seed: '001_a0efda9bb81cc2fd.txt',
  sections: [{ name: 'goals', what: '（二）发展目标, which opens with 到 2025 年', start: /（二）发展目标[\s\S]{0,80}?到\s*2025\s*年，全市城市公共交通高质量发展政策体系基本健全/, end: /二、重点任务/, horizon: 2025 }],
  figures: [
    { id: 'central_urban_public_transport_motorised_share_pct', t: '{a}公共交通机动化出行分担率达到{v}％以上', in: 'goals', year_basis: 'horizon', note: '以上 (a floor)' },
    { id: 'county_public_transport_motorised_share_pct', t: '各县（市、区）公共交通机动化出行分担率不低于{v}％', in: 'goals', year_basis: 'horizon', note: '不低于 (a floor) for each county (市、区), emitted once at 411000' },
    { id: 'urban_green_travel_share_pct', t: '城市绿色出行比例不低于{v}％', in: 'goals', year_basis: 'horizon', note: '不低于 (a floor)' },
    { id: 'central_urban_bus_stop_500m_coverage_pct', area: '中心城区', t: '中心城区公共交通站点 500 米覆盖率、新建或改扩建城市主干道港湾式公交停靠站设置比例、城市公共汽电车进场率达到{v}％', in: 'goals', year_basis: 'horizon', note: 'one value printed for three indicators (…、…、…达到 100％)' },
    { id: 'bay_bus_stop_share_new_trunk_roads_pct', t: '中心城区公共交通站点 500 米覆盖率、新建或改扩建城市主干道港湾式公交停靠站设置比例、城市公共汽电车进场率达到{v}％', in: 'goals', year_basis: 'horizon', note: 'one value printed for three indicators (…、…、…达到 100％)' },
    { id: 'bus_depot_entry_rate_pct', t: '中心城区公共交通站点 500 米覆盖率、新建或改扩建城市主干道港湾式公交停靠站设置比例、城市公共汽电车进场率达到{v}％', in: 'goals', year_basis: 'horizon', note: 'one value printed for three indicators (…、…、…达到 100％)' },
    { id: 'new_accessible_bus_platform_share_pct', t: '新增无障碍城市公交站台设置比例达到{v}％以上', in: 'goals', year_basis: 'horizon', note: '以上 (a floor)' },
    { id: 'bus_lane_share_pct', t: '公交专用车道设置比率达到{v}％以上', in: 'goals', year_basis: 'horizon', note: '以上 (a floor)' },
    { id: 'new_energy_share_new_buses_pct', t: '新增和更新新能源城市公交车比例达到{v}％（不包括应急救援车辆）', in: 'goals', year_basis: 'horizon' },
    { id: 'low_floor_share_new_buses_pct', t: '新增和更新低地板及低入口城市公交车比例不低于{v}％', in: 'goals', year_basis: 'horizon', note: '不低于 (a floor)' },
    { id: 'bus_video_surveillance_rate_pct', t: '城市公交车载智能视频监控系统安装率达到{v}％', in: 'goals', year_basis: 'horizon' },
    { id: 'peak_bus_operating_speed_kmh', t: '早晚高峰时段城市公共汽电车平均运营时速达到{v}公里／ 小时以上', in: 'goals', year_basis: 'horizon', note: '以上 (a floor)' },
    { id: 'bus_departure_punctuality_pct', t: '发车正点率不低于{v}％', in: 'goals', year_basis: 'horizon', note: '不低于 (a floor)' },
    { id: 'bus_realtime_arrival_info_coverage_pct', t: '来车信息实时预报覆盖率达到{v}％', in: 'goals', year_basis: 'horizon' },
    { id: 'bus_cashless_payment_share_pct', t: '非现金支付比例达到{v}％以上', in: 'goals', year_basis: 'horizon', note: '以上 (a floor)' },
    { id: 'public_transport_fatality_rate', t: /城市公共交通行车责任事故死亡率不高于\s*(?<v>\d+[．.]\d+)\s*人／百万车公里/, in: 'goals', year_basis: 'horizon', note: '不高于 (a cap)' },
    { id: 'public_transport_dual_prevention_coverage_pct', t: '城市公共交通企业双重预防体系建设覆盖率达到{v}％', in: 'goals', year_basis: 'horizon' },
    { id: 'bus_driver_barrier_installation_pct', t: '公交车驾驶区域防护隔离设施安装率达到{v}％', in: 'goals', year_basis: 'horizon' },
    { id: 'public_transport_subsidy_payment_rate_pct', t: '城市公共交通运营补贴补偿到位率达到{v}％', in: 'goals', year_basis: 'horizon' },
  ],
});
