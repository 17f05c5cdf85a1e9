import type { UiKey } from './i18n.ts';

/**
 * The files `npm run build` writes into dist/downloads/ (pipeline/downloads/build.ts), as the download menu
 * links them: relative URLs, so they resolve under whatever sub-path the atlas is served from.
 */
export const DOWNLOAD_LINKS: readonly { href: string; label: UiKey }[] = [
  { href: 'downloads/xuchang-atlas.gpkg', label: 'dlGeopackage' },
  { href: 'downloads/xuchang-atlas-shp.zip', label: 'dlShapefile' },
  { href: 'downloads/xuchang_counties.geojson', label: 'dlCounties' },
  { href: 'downloads/places.csv', label: 'dlPlaces' },
  { href: 'downloads/indicators.csv', label: 'dlIndicators' },
  { href: 'downloads/datapackage.json', label: 'dlDatapackage' },
  { href: 'downloads/NOTICE.txt', label: 'dlNotice' },
];
