/** Indicator definitions, topic eldercare: [id, unit, name_zh, name_en, description]. */
import { defineIndicators } from '../../engine/index.ts';

export default defineIndicators(import.meta.url, 'eldercare', [
  ['resident_pension_insured', '万人', '城乡居民基本养老保险参保人数', 'People insured in the basic pension scheme for urban and rural residents',
    '2023 target of 许政〔2023〕15号 (三、2023年经济社会发展的主要任务; the year is the heading\'s).'],
  ['elderly_home_adaptations', '户', '特殊困难老年人家庭适老化改造', 'Age-friendly home adaptations for elderly households in difficulty',
    '不少于: a floor. 2023 plan of 专栏2 2023年许昌市重点民生实事 (许政〔2023〕15号).'],
]);
