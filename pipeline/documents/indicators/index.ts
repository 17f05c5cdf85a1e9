/** Every indicator definition, one file per topic; an id defined twice fails here, naming both files. */
import { indicatorRegistry } from '../../engine/index.ts';
import agriculture from './agriculture.ts';
import air from './air.ts';
import coal from './coal.ts';
import culture from './culture.ts';
import digital from './digital.ts';
import economy from './economy.ts';
import eldercare from './eldercare.ts';
import energy from './energy.ts';
import fire from './fire.ts';
import forest from './forest.ts';
import health from './health.ts';
import housing from './housing.ts';
import industry from './industry.ts';
import other from './other.ts';
import science from './science.ts';
import tourismRoad from './tourism_road.ts';
import transport from './transport.ts';
import water from './water.ts';

export const INDICATORS = indicatorRegistry([
  agriculture, air, coal, culture, digital, economy, eldercare, energy, fire, forest, health, housing, industry, other, science, tourismRoad, transport, water,
]);
