// Changing the base map's style (rivers off, 3D on and off) is applied to MapLibre as a diff: the counties
// must keep their boundaries, colours and hatching through it (the style has the counties source empty; a diff
// that set that empty data again blanked the map).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { drawnState, keyOf, launch, mapReady, openPage, screenshot } from './browser.mjs';
import { countySamplePoints, mapColourProblems, pageImage } from './pixels.mjs';
import { COUNTIES } from './data.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** `minSampled`: counties that must have an uncovered point (tilted, a small one can hide under its label) */
async function assertColours(page, name, minSampled = COUNTIES.length) {
  const points = await countySamplePoints(page);
  const sampled = Object.values(points).filter(Boolean).length;
  assert.ok(sampled >= minSampled, `${name}: only ${sampled} counties have an uncovered point to sample`);
  const { problems } = await mapColourProblems(page, { img: await pageImage(page), points });
  if (problems.length) await screenshot(page, `mapstyle-failed-${name}`);
  assert.deepEqual(problems, [], `${name}: the map's colours are wrong:\n${problems.join('\n')}`);
}

describe('a changed base-map style keeps the counties', () => {
  test('rivers off, then 3D on and off again: every county still in its legend colour, hatched', async () => {
    const { page, errors, context } = await openPage(browser);
    await mapReady(page);
    await page.getByRole('checkbox', { name: '河流' }).uncheck();
    await drawnState(page, keyOf('?layers=labels'));
    await assertColours(page, 'rivers-off');
    await page.getByRole('checkbox', { name: '三维柱高' }).check();
    await drawnState(page, keyOf('?layers=labels~extrude'));
    await page.getByRole('checkbox', { name: '三维柱高' }).uncheck();
    await drawnState(page, keyOf('?layers=labels'));
    // back to the flat map, at the tilt 3D left: the sample points are projected with it
    await assertColours(page, 'extrude-off', COUNTIES.length - 2);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
