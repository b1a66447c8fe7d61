// The pictures drawn at build time (works by year on /sources/, an author's neighbourhood, the
// home page's figures): readable at 390 px and 1280 px, inside the page, in the colours of the
// scheme, visible in print, their links reachable by keyboard.
'use strict';

const assert = require('node:assert/strict');
const { describe, test, before, after } = require('node:test');
const { start } = require('./lib/harness');

const PICTURES = [
  { name: 'works by year', path: '/sources/', selector: 'svg.chart.works-by-year' },
  { name: 'figures', path: '/', selector: 'svg.chart.bars' },
  { name: 'neighbourhood', path: '/authors/nato/', selector: 'svg.chart.network' },
];

/** The picture's box, its smallest text's height in CSS pixels, and the page's width. */
async function measure(page, selector) {
  return page.$eval(selector, (svg) => {
    const box = svg.getBoundingClientRect();
    const heights = [...svg.querySelectorAll('text')]
      .filter((t) => getComputedStyle(t).display !== 'none')
      .map((t) => t.getBoundingClientRect().height);
    const bar = svg.querySelector('.bar, .node');
    return {
      left: box.left,
      right: box.right,
      height: box.height,
      smallestText: Math.min(...heights),
      texts: heights.length,
      viewport: document.documentElement.clientWidth,
      fill: bar ? getComputedStyle(bar).fill + ' ' + getComputedStyle(bar).stroke : '',
      named: svg.getAttribute('aria-labelledby')
        .split(' ')
        .every((id) => (document.getElementById(id)?.textContent || '').trim().length > 0),
    };
  });
}

describe('pictures', () => {
  let env;
  before(async () => {
    env = await start();
  });
  after(async () => env && env.close());

  for (const { name, path, selector } of PICTURES) {
    for (const width of [390, 1280]) {
      test(`${name} (${path}) at ${width} px: inside the page, text at least 9 px, named`, async () => {
        const page = await env.browser.newPage({ viewport: { width, height: 900 } });
        try {
          await page.goto(env.base + path);
          const m = await measure(page, selector);
          assert.ok(m.left >= 0 && m.right <= m.viewport + 0.5, `inside 0–${m.viewport}: ${m.left}–${m.right}`);
          assert.ok(m.height > 50, `drawn (height ${m.height})`);
          assert.ok(m.texts > 0, 'has text');
          assert.ok(m.smallestText >= 9, `smallest text ${m.smallestText.toFixed(1)} px`);
          assert.ok(m.named, 'its title (and description) are non-empty');
          console.log(`${name} at ${width}: ${Math.round(m.right - m.left)}×${Math.round(m.height)} px, smallest text ${m.smallestText.toFixed(1)} px`);
        } finally {
          await page.close();
        }
      });
    }

    test(`${name}: colours follow dark mode, and the picture prints`, async () => {
      const fills = {};
      for (const colorScheme of ['light', 'dark']) {
        const context = await env.browser.newContext({ colorScheme });
        const page = await context.newPage();
        await page.goto(env.base + path);
        fills[colorScheme] = (await measure(page, selector)).fill;
        await page.emulateMedia({ media: 'print' });
        const printed = await page.$eval(selector, (svg) => svg.getBoundingClientRect().height);
        assert.ok(printed > 50, `printed height ${printed}`);
        await context.close();
      }
      assert.notEqual(fills.light, fills.dark, `light ${fills.light} vs dark ${fills.dark}`);
    });
  }

  test('the neighbourhood graph: every node is a link that Tab reaches, to a page that exists', async () => {
    const page = await env.browser.newPage({ viewport: { width: 390, height: 900 } });
    try {
      await page.goto(env.base + '/authors/nato/');
      const links = await page.$$eval('svg.chart.network a', (as) =>
        as.map((a) => ({ href: a.getAttribute('href'), label: a.getAttribute('aria-label') })));
      assert.ok(links.length >= 2, `nodes: ${links.length}`);
      for (const l of links) assert.match(l.label, /, (co-author of|cited with them in) \d+/);
      let reached = null;
      for (let i = 0; i < 200 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(() => {
          const a = document.activeElement;
          return a && a.closest('svg.chart.network') ? a.getAttribute('href') : null;
        });
      }
      assert.equal(reached, links[0].href, 'Tab reaches the first node');
      const response = await page.goto(env.base + links[0].href);
      assert.equal(response.status(), 200);
    } finally {
      await page.close();
    }
  });
});
