/**
 * The data contract shared by the pipeline and the app (the app imports nothing from pipeline/): the areas,
 * the vocabulary with Chinese and English names, the files' columns and row types, the CSV reader/writer and
 * the row validator.
 */
export * from './areas.ts';
export * from './vocabulary.ts';
export * from './rows.ts';
export * from './csv.ts';
export * from './validate.ts';
export type * from './geo.ts';
