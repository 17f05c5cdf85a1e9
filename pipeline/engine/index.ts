/**
 * The extraction engine: document modules (pipeline/documents/) in, rows / places / checks / definitions out.
 * A document module imports only from here (and lib/types.ts for vocabulary types).
 */
export { compile, findAll, findOnce, escapeRegExp, listItems, type Hit, type Pattern, type Scope, type Slot } from './pattern.ts';
export { qualifierOf, QUALIFIERS, type Qualifier } from './qualifier.ts';
export { readTable, readCell, reconcile, splitCells, type Table, type TableRow } from './table.ts';
export { defineIndicators, indicatorRegistry, type Binding, type IndicatorEntry, type IndicatorRegistry, type IndicatorSet } from './indicators.ts';
export { CITY, DocContext, joinNotes, sectionYearNote, type CheckInput, type PlaceInput, type RowInput, type Section } from './context.ts';
export { documentSections, locateDocument, runDocuments, type EngineResult } from './run.ts';
export {
  defineDocument, YEAR_BASES,
  type DocumentModule, type EngineRow, type FigureSpec, type Hook, type PlaceSpec, type RestateSpec, type SectionSeries,
  type SectionSpec, type TableColumn, type TableSpec, type YearBasis,
} from './types.ts';
// lib helpers a hook may need, re-exported so documents import from one place
export { decimalSum, normaliseNumber, quoteContainsValue } from '../lib/numbers.ts';
export { resolveArea, tryResolveArea, type Area } from '../lib/areas.ts';
export { cite, flatten, matchOnce, matchAll, type Flat, type Match } from '../lib/quote.ts';
