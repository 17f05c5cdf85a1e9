/**
 * 许政〔2023〕25号 许昌市重卡换电支持政策 (seed 001, gazette 2023 年第 4 期): 50 battery-swap stations planned in the
 * 14th FYP (→ 2025). The rest of the policy is subsidy rates and conditions (policy parameters, not emitted).
 */
import { defineDocument } from '../../engine/index.ts';

export default defineDocument({
  file: import.meta.url,
  doc: '许政〔2023〕25号',
  seed: '001_a0efda9bb81cc2fd.txt',
  // “十四五”期间: the plan period the figure belongs to
  horizon: 2025,
  period: [2021, 2025],
  sections: [{ name: 'fyp14', what: '“十四五”期间 (2021–2025)', start: /“十四五”期间，全市重点布局/, horizon: 2025 }],
  figures: [
    { id: 'heavy_truck_battery_swap_stations_planned', t: '“十四五”期间，全市重点布局{v}座重卡换电站', in: 'fyp14', year_basis: 'horizon', kind: 'plan' },
  ],
});
