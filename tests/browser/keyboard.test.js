// Keyboard use: a skip link first, visible focus, and the note → source → note round trip.
'use strict';

const assert = require('node:assert/strict');
const { describe, test, before, after } = require('node:test');
const { start, pageKinds, articlePath, watchProblems } = require('./lib/harness');

/** The focused element: tag, id, classes, whether it is inside the viewport, its outline. */
function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      className: el.className,
      href: el.getAttribute('href'),
      text: el.textContent.trim(),
      inViewport: r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0 &&
        r.bottom <= innerHeight && r.right <= innerWidth,
      visible: s.visibility !== 'hidden' && s.display !== 'none' && Number(s.opacity) > 0,
      outlineStyle: s.outlineStyle,
      outlineWidth: parseFloat(s.outlineWidth),
    };
  });
}

describe('keyboard', () => {
  let env;
  before(async () => {
    env = await start();
  });
  after(async () => env && env.close());

  for (const { kind, path } of pageKinds()) {
    test(`${kind}: the first Tab reaches a visible skip link to main, focus is outlined`, async () => {
      const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
      try {
        await page.goto(env.base + path);
        await page.keyboard.press('Tab');
        const skip = await focused(page);
        assert.ok(skip, 'the first Tab focuses something');
        assert.equal(skip.tag, 'a');
        assert.equal(skip.href, '#main', `the first Tab focuses the skip link, not ${skip.text}`);
        assert.match(skip.text, /skip/i);
        // The link slides in; wait for it to be fully on screen.
        await page.waitForFunction(() => {
          const r = document.activeElement.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= innerHeight && r.height > 0;
        }, null, { timeout: 2000 });
        const shown = await focused(page);
        assert.ok(shown.inViewport && shown.visible, 'the focused skip link is visible');
        assert.notEqual(shown.outlineStyle, 'none', 'the focused skip link has an outline');

        await page.keyboard.press('Enter');
        await page.waitForFunction(() => document.activeElement?.id === 'main', null, { timeout: 2000 });
        assert.ok(await page.evaluate(() => document.activeElement.tagName === 'MAIN'));

        // The next Tab goes to the first link inside main, which shows a focus outline.
        await page.keyboard.press('Tab');
        const link = await focused(page);
        assert.ok(link, 'Tab after the skip link focuses something');
        assert.ok(
          await page.evaluate(() => document.querySelector('main').contains(document.activeElement)),
          `Tab after the skip link stays in main, got <${link.tag}> ${link.text}`,
        );
        assert.notEqual(link.outlineStyle, 'none', `a focused link (${link.text}) has an outline`);
        assert.ok(link.outlineWidth > 0, `a focused link (${link.text}) has a visible outline width`);
      } finally {
        await page.close();
      }
    });
  }

  test('note 19 → its source page → back to #note-19, by keyboard', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      const problems = watchProblems(page);
      const article = articlePath();
      await page.goto(env.base + article);

      const cite = page.locator('#note-19 a[href$="/sources/nadkarni2010/"]');
      assert.equal(await cite.count(), 1, 'note 19 links nadkarni2010 once');
      await cite.focus();
      await Promise.all([page.waitForURL(/\/sources\/nadkarni2010\/$/), page.keyboard.press('Enter')]);
      assert.equal(new URL(page.url()).pathname, '/sources/nadkarni2010/');

      const back = page.locator('main a', { hasText: /^Note 19$/ });
      assert.equal(await back.count(), 1, 'the source page links "Note 19" once');
      assert.equal(new URL(await back.getAttribute('href'), page.url()).pathname, article);
      await back.focus();
      await Promise.all([page.waitForURL(/#note-19$/), page.keyboard.press('Enter')]);
      const url = new URL(page.url());
      assert.equal(url.pathname, article);
      assert.equal(url.hash, '#note-19');
      const target = await page.evaluate(() => {
        const el = document.querySelector(':target');
        return el && { id: el.id, tag: el.tagName.toLowerCase(), text: el.textContent };
      });
      assert.ok(target, 'a :target element exists');
      assert.equal(target.id, 'note-19');
      assert.equal(target.tag, 'li');
      assert.match(target.text, /Strategic Partnerships in Asia/);
      // Scrolling is smooth where motion is allowed: wait for it to arrive.
      await page.waitForFunction(() => {
        const r = document.querySelector(':target').getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      }, null, { timeout: 5000 });
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });
});
