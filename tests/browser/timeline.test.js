// The timeline lists its events in chronological order, the epilogue after the main span.
'use strict';

const assert = require('node:assert/strict');
const { describe, test, before, after } = require('node:test');
const { start } = require('./lib/harness');

/** ISO dates of any precision ("2011", "2011-04", "2011-04-28") as comparable keys. */
function dateKey(iso) {
  const m = /^(-?\d{4,})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  assert.ok(m, `"${iso}" is an ISO date`);
  return [Number(m[1]), Number(m[2] || 0), Number(m[3] || 0)];
}

function compare(a, b) {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

describe('timeline', () => {
  let env;
  before(async () => {
    env = await start();
  });
  after(async () => env && env.close());

  test('events are in chronological order', async () => {
    const page = await env.browser.newPage();
    try {
      await page.goto(env.base + '/timeline/');
      const events = await page.$$eval('ol.timeline > li', (items) =>
        items.map((li) => ({
          id: li.id,
          title: li.querySelector('h3')?.textContent.trim(),
          datetime: li.querySelector('time[datetime]')?.getAttribute('datetime'),
        })),
      );
      assert.ok(events.length >= 2, `the timeline has events (found ${events.length})`);
      for (const e of events) {
        assert.ok(e.datetime, `event ${e.id || e.title} has a <time datetime>`);
        assert.match(e.id, /^event-/, `event "${e.title}" has an event-… id`);
      }
      for (let i = 1; i < events.length; i++) {
        const [prev, cur] = [events[i - 1], events[i]];
        assert.ok(
          compare(dateKey(prev.datetime), dateKey(cur.datetime)) <= 0,
          `"${prev.title}" (${prev.datetime}) comes before "${cur.title}" (${cur.datetime})`,
        );
      }
      console.log(`timeline: ${events.length} events in order, ${events[0].datetime} to ${events.at(-1).datetime}`);
    } finally {
      await page.close();
    }
  });
});
