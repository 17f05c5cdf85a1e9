/** Note phrases several document modules share (data, not logic): keep the wording in one place. */
export const FLOOR = '以上: a floor';
export const NO_COUNTY = 'the text names no county: city-wide 411000';
/** a year the sentence does not print, inferred as 2025, with why */
export const INFER_2025 = (why: string) => `year 2025 inferred: ${why}`;
