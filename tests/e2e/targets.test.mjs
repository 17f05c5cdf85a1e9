// Every visible button and other control meets the 24 px target size (targets.mjs), on a desktop and a phone,
// in the states that show the most controls: default, a selection with a source open, a notice, the documents.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, mapReady, openPage } from './browser.mjs';
import { smallTargets } from './targets.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

describe('target size', () => {
  for (const [device, viewport] of [['desktop', { width: 1280, height: 800 }], ['phone', { width: 390, height: 844 }]]) {
    test(`every control is at least 24 × 24 px or spaced apart (${device})`, async () => {
      const found = [];
      for (const query of ['', 'area=411081&layers=labels~rivers~coal_enterprise', 'year=2099', 'mode=present']) {
        const { page, errors, context } = await openPage(browser, { ...viewport, query });
        await mapReady(page);
        if (query.includes('area=')) await page.locator('aside.detail').getByRole('button', { name: /来源/ }).first().click();
        found.push(...(await smallTargets(page)).map((s) => `?${query}: ${s}`));
        if (query === '') {
          // on a phone the documents button sits in the header's "更多" menu: its targets are measured open too
          const docs = page.getByRole('button', { name: '文件目录' });
          if (!(await docs.isVisible())) {
            await page.getByRole('button', { name: /更多/ }).click();
            found.push(...(await smallTargets(page)).map((s) => `more menu: ${s}`));
          }
          await docs.click();
          await page.locator('dialog[open]').first().waitFor();
          found.push(...(await smallTargets(page)).map((s) => `documents: ${s}`));
        }
        assert.deepEqual(errors, []);
        await context.close();
      }
      assert.deepEqual(found, []);
    });
  }
});
