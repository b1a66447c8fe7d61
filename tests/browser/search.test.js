// Search: the box appears (it needs JavaScript), finds a note by a word in it, and is
// usable with the keyboard alone.
'use strict';

const assert = require('node:assert/strict');
const { describe, test, before, after } = require('node:test');
const { start } = require('./lib/harness');

describe('search', () => {
  let env;
  before(async () => {
    env = await start();
  });
  after(async () => env && env.close());

  test('finds a note by a word in it and goes there with the keyboard', async () => {
    const page = await env.browser.newPage();
    try {
      await page.goto(env.base + '/');
      const input = page.locator('#search-input');
      assert.ok(await input.isVisible(), 'the search box is shown');
      // "memberness" occurs only in note 20 of the article and in the title of the work it cites.
      await input.fill('memberness');
      const first = page.locator('.search-results a').first();
      await first.waitFor({ timeout: 5000 });
      const href = await first.getAttribute('href');
      assert.match(href, /\/articles\/redefining-natos-indo-pacific-partnerships\/#note-20$/);
      assert.match(await page.locator('.search-status').textContent(), /^2 results/);
      const all = await page.$$eval('.search-results a', (links) => links.map((a) => a.getAttribute('href')));
      assert.ok(all.some((h) => h.endsWith('/sources/hofmann2023porous/')), `the cited work is found too: ${all}`);
      await input.press('ArrowDown');
      assert.equal(await page.evaluate(() => document.activeElement.getAttribute('href')), href, 'ArrowDown focuses the first result');
      await Promise.all([page.waitForURL(/#note-20$/), page.keyboard.press('Enter')]);
      assert.ok(await page.locator('#note-20:target').count(), 'the note is the target');
    } finally {
      await page.close();
    }
  });

  test('finds works and authors, ignoring accents and case', async () => {
    const page = await env.browser.newPage();
    try {
      await page.goto(env.base + '/sources/');
      await page.locator('#search-input').fill('GRGIC');
      await page.locator('.search-results a').first().waitFor({ timeout: 5000 });
      const titles = await page.$$eval('.search-results a', (links) => links.map((a) => a.textContent));
      assert.ok(titles.includes('Gorana Grgić'), `author found: ${titles.join(' | ')}`);
      await page.locator('#search-input').press('Escape');
      assert.equal(await page.locator('.search-results a').count(), 0, 'Escape closes the results');
    } finally {
      await page.close();
    }
  });

  test('without JavaScript the search box stays hidden and pages work', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(env.base + '/articles/redefining-natos-indo-pacific-partnerships/');
      assert.equal(await page.locator('#search-input').isVisible(), false);
      assert.ok(await page.locator('#note-19 a.cite').count(), 'notes and citations are there');
    } finally {
      await context.close();
    }
  });
});
