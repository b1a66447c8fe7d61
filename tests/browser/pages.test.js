// Every page kind loads cleanly and fits the viewport at a phone and a desktop width;
// screenshots of each go to screenshots/ for a person to look at.
'use strict';

const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { describe, test, before, after } = require('node:test');
const { start, pageKinds, watchProblems, SCREENSHOTS, SITE_DIR } = require('./lib/harness');

const WIDTHS = [390, 1280];

describe(`page kinds of ${SITE_DIR}`, () => {
  let env;
  before(async () => {
    env = await start();
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
  });
  after(async () => env && env.close());

  for (const { kind, path: pagePath, status } of pageKinds()) {
    test(`${kind} (${pagePath}) loads without console errors or failed requests`, async () => {
      const page = await env.browser.newPage();
      try {
        const url = env.base + pagePath;
        const problems = watchProblems(page, { expected: status === 404 ? url : undefined });
        const response = await page.goto(url, { waitUntil: 'load' });
        assert.equal(response.status(), status, `status of ${pagePath}`);
        // Let late requests (images, lazy resources) settle before judging.
        await page.waitForLoadState('networkidle');
        assert.ok(await page.locator('main#main h1').count(), `${pagePath} has a main heading`);
        const stylesheets = await page.evaluate(() => document.styleSheets.length);
        assert.ok(stylesheets > 0, `${pagePath} applies a stylesheet`);
        assert.deepEqual(problems, [], `problems while loading ${pagePath}`);
      } finally {
        await page.close();
      }
    });

    for (const width of WIDTHS) {
      test(`${kind} (${pagePath}) does not overflow horizontally at ${width} px`, async () => {
        const context = await env.browser.newContext({ viewport: { width, height: 900 } });
        const page = await context.newPage();
        try {
          await page.goto(env.base + pagePath, { waitUntil: 'load' });
          const size = await page.evaluate(() => ({
            scrollWidth: document.documentElement.scrollWidth,
            innerWidth: window.innerWidth,
          }));
          await page.screenshot({
            path: path.join(SCREENSHOTS, `${kind}-${width}.png`),
            fullPage: true,
          });
          if (size.scrollWidth > size.innerWidth) {
            // Name the widest culprits, so that the failure says what to fix.
            const culprits = await page.evaluate(() => {
              const limit = document.documentElement.clientWidth;
              return [...document.querySelectorAll('body *')]
                .filter((el) => el.getBoundingClientRect().right > limit + 0.5)
                .slice(0, 5)
                .map((el) => {
                  const r = el.getBoundingClientRect();
                  const cls = el.className && typeof el.className === 'string' ? '.' + el.className.split(' ').join('.') : '';
                  return `${el.tagName.toLowerCase()}${cls} right=${Math.round(r.right)}`;
                });
            });
            assert.fail(
              `${pagePath} at ${width} px: scrollWidth ${size.scrollWidth} > innerWidth ${size.innerWidth}; ` +
                `overflowing: ${culprits.join(', ')}`,
            );
          }
        } finally {
          await context.close();
        }
      });
    }
  }
});
