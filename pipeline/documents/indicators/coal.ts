/** Coal consumption and coal enterprises: [id, unit, name_zh, name_en, description, binding?] — each id once (a second definition anywhere fails the build). */
import { defineIndicators } from '../../engine/index.ts';

export default defineIndicators(import.meta.url, 'coal', [
  ['coal_boiler_phaseout_threshold', '蒸吨/时', '基本淘汰燃煤锅炉规模上限', 'Size threshold for phasing out coal-fired boilers', 'By 2020 coal-fired boilers of this capacity and below (及以下) are to be basically eliminated city-wide.'],
  ['coal_calorific_value_increase', '%', '市内消费煤炭热值标准提高幅度', 'Increase of the calorific-value standard of coal consumed in the city', 'Target floor for 2020 (力争提高…以上).'],
  ['coal_enterprise_total', '万吨', '重点企业煤炭消费总量', 'Coal consumption of a key enterprise', 'Per key enterprise (place_id) from annex 2 of 许政〔2019〕2号: 2015 consumption (baseline) and 2020 cap (控制目标（万吨以内）). "—" cells give no row.'],
  ['coal_gasifier_phaseout_threshold', '米', '基本淘汰燃料类煤气发生炉炉膛直径', 'Hearth-diameter threshold for phasing out fuel coal gasifiers', 'By 2020 fuel coal gasifiers with a hearth diameter below (以下) this are to be basically eliminated.'],
  ['coal_nonpower', '万吨', '非电行业煤炭消费量', 'Coal consumption of non-power sectors', 'Coal used outside the dispatched public coal power units (annex 1 注3: 统调公用燃煤机组以外的用煤全部列入非电行业). 2015 values are actual consumption (baseline); 2020 values are caps (以内). No target for 示范区 (annex 1 注1).'],
  ['coal_power_fuel_calorific_value', '大卡/千克', '煤电机组入炉煤发热量', 'Calorific value of coal fired in coal power units', 'Target for 2020 (力争达到), kcal per kg.'],
  ['coal_power_generation_share', '%', '煤电发电量占全社会用电量比例', 'Coal-fired generation as share of total electricity use', 'Target for 2020: fall to about this share (降至…左右; approximate).'],
  ['coal_power_share', '%', '电煤消费占比', 'Share of power-sector coal in coal consumption', 'Target floor: 2020 share of coal burned for power in total coal consumption (达到…以上).'],
  ['coal_power_supply_intensity', '克标准煤/千瓦时', '统调公用燃煤机组供电煤耗', 'Coal consumption per kWh supplied by dispatched public coal-fired units', 'Target cap for 2020 (力争控制在…以内), grams of standard coal per kWh supplied.'],
  ['coal_power_units', '万吨', '统调公用燃煤机组煤炭消费量', 'Coal consumption of dispatched public coal-fired power units', '2015 values are actual consumption (baseline); 2020 values are caps (以内). Only 禹州市 and 东城区 have such units; annex 1 注2: their caps must not be exceeded except under grid dispatch (非调度不得突破).'],
  ['coal_total', '万吨', '煤炭消费总量', 'Total coal consumption', '2015 values are actual consumption (baseline); 2020 values are caps (控制在…以内 / 控制目标（万吨以内）). City-wide 2020 value from the text of 许政〔2019〕2号; county/zone values from its annex 1. No target for 示范区 (annex 1 注1: "市城乡一体化示范区没有规模以上耗煤企业，暂不下达控制目标，但原则上不得新上耗煤项目"), so 示范区 has no row.'],
  ['coal_total_reduction_vs_2015', '%', '煤炭消费总量比2015年下降比例', 'Reduction of total coal consumption relative to 2015', 'Target: 2020 city-wide coal consumption to fall by about this share from 2015 (力争…下降 26％左右; approximate).'],
  ['coal_washing_rate_pct', '%', '煤炭洗选率', 'Coal washing rate', 'Share of raw coal washed (洗选); aim (力争…以上: a floor) of 许政〔2020〕7号, whose 发展目标 close with 到2025年: year = that horizon.'],
]);
