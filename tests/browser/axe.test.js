// axe-core on every page kind, in light and dark mode: no WCAG 2.2 A/AA violation.
'use strict';

const assert = require('node:assert/strict');
const { describe, test, before, after } = require('node:test');
const { start, pageKinds } = require('./lib/harness');

const AXE = require.resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

function describeViolations(violations) {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 5)
        .map((n) => `    ${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`)
        .join('\n');
      return `  ${v.id} (${v.impact}, ${v.nodes.length} nodes): ${v.help}\n${nodes}`;
    })
    .join('\n');
}

describe('axe-core', () => {
  let env;
  const ran = new Set();
  before(async () => {
    env = await start();
  });
  after(async () => {
    console.log(`axe-core: ${ran.size} distinct rules ran (tags ${TAGS.join(', ')})`);
    if (env) await env.close();
  });

  for (const colorScheme of ['light', 'dark']) {
    for (const { kind, path } of pageKinds()) {
      test(`${kind} (${path}), ${colorScheme} mode: no violations`, async () => {
        const context = await env.browser.newContext({
          colorScheme,
          reducedMotion: 'reduce',
          viewport: { width: 1280, height: 900 },
        });
        const page = await context.newPage();
        try {
          await page.goto(env.base + path);
          await page.addScriptTag({ path: AXE });
          const results = await page.evaluate(
            (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
            TAGS,
          );
          // A rule can both pass on some nodes and need review on others: count ids once.
          const ids = (list) => new Set(list.map((r) => r.id));
          const rules = ids([...results.passes, ...results.violations, ...results.incomplete, ...results.inapplicable]);
          const applicable = ids([...results.passes, ...results.violations, ...results.incomplete]);
          for (const id of rules) ran.add(id);
          const review = results.incomplete.map((r) => r.id).join(', ');
          console.log(
            `axe ${kind} ${colorScheme}: ${rules.size} rules ran, ${applicable.size} applied, ` +
              `${results.violations.length} violations` + (review ? `, needs review: ${review}` : ''),
          );
          assert.ok(rules.size > 0, 'axe ran rules');
          assert.equal(
            results.violations.length,
            0,
            `axe violations on ${path} (${colorScheme}):\n${describeViolations(results.violations)}`,
          );
        } finally {
          await context.close();
        }
      });
    }
  }
});
