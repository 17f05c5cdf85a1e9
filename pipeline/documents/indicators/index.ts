/** Every indicator definition, one file per topic; an id defined twice fails here, naming both files. */
import { indicatorRegistry } from '../../engine/index.ts';
import tourismRoad from './tourism_road.ts';

export const INDICATORS = indicatorRegistry([tourismRoad]);
