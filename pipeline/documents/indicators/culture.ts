/** Culture, tourism and heritage: [id, unit, name_zh, name_en, description, binding?] — each id once (a second definition anywhere fails the build). */
import { defineIndicators } from '../../engine/index.ts';

export default defineIndicators(import.meta.url, 'culture', [
  ['a_grade_scenic_areas', '个', 'A级旅游景区数', 'A-grade tourist attractions', 'Target: at least this many (至少达到).'],
  ['a_grade_scenic_areas_added', '个', '新增A级旅游景区', 'New A-grade tourist attractions', 'Target floor (以上: at least). New ones by the year.'],
  ['brand_culture_teams_per_village', '支', '每个村（社区）品牌文化团队', 'Brand culture teams per village (community)', 'Per village or community.'],
  ['cultural_creative_park_firms', '家', '文化创意产业园入驻企业', 'Firms in the cultural and creative industry park', 'Target: more than this (过百家).'],
  ['culture_backbones_per_village', '名', '每个村（社区）宣传文化骨干', 'Publicity and culture leaders per village (community)', 'Target floor (以上: at least). Per village or community.'],
  ['culture_entertainment_consumption_share_pct', '%', '城乡居民文化娱乐消费支出占家庭消费支出比重', 'Culture and entertainment share of household consumption', 'Target floor (以上: at least).'],
  ['culture_industry_gdp_share_pct', '%', '文化及相关产业增加值占GDP比重', 'Culture and related industries as a share of GDP', 'Target floor (以上: at least).'],
  ['culture_industry_value_added', '亿元', '文化及相关产业增加值', 'Value added of culture and related industries', 'Target: more than this (突破).'],
  ['culture_tourism_platform_firms', '家', '文旅消费综合服务平台入驻企业', 'Firms on the culture and tourism consumption platform', 'Target.'],
  ['grassroots_culture_participation_pct', '%', '基层群众参与文化活动覆盖率', 'Grassroots participation in cultural activities', 'Target floor (以上: at least).'],
  ['intangible_heritage_items_listed', '项', '市级非物质文化遗产代表性项目公布数', 'Municipal intangible cultural heritage items listed', 'Items in a batch of the municipal list of representative intangible cultural heritage items (许昌市市级非物质文化遗产代表性项目名录), by the year the batch was published (actual). 许政〔2023〕16号: the 6th batch, 2023.'],
  ['museums', '家', '博物馆总数', 'Museums', 'Target floor (以上: at least).'],
  ['provincial_eco_tourism_demo_towns', '个', '省级特色生态旅游示范乡镇', 'Provincial eco-tourism demonstration townships', 'Target floor (以上: at least).'],
  ['public_culture_spending_per_capita', '元', '人均公共文化财政支出', 'Public culture spending per capita', 'Target floor (以上: at least).'],
  ['rural_tourism_featured_villages', '个', '乡村旅游特色村', 'Featured rural-tourism villages', 'Target floor (以上: at least).'],
  ['special_culture_branches', '个', '特色文化分馆', 'Featured culture branch venues', 'Target floor (以上: at least). To build by the year.'],
]);
