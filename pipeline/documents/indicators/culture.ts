/** Indicator definitions, topic culture: [id, unit, name_zh, name_en, description]. */
import { defineIndicators } from '../../engine/index.ts';

export default defineIndicators(import.meta.url, 'culture', [
  ['intangible_heritage_items_listed', '项', '市级非物质文化遗产代表性项目公布数', 'Municipal intangible cultural heritage items listed',
    'Items in a batch of the municipal list of representative intangible cultural heritage items (许昌市市级非物质文化遗产代表性项目名录), by the year the batch was published (actual). 许政〔2023〕16号: the 6th batch, 2023.'],
]);
