// Shared setup for the browser tests: the built site, its page kinds, Debian's Chromium.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { chromium } = require('playwright-core');
const { serve } = require('./server');

const REPO = path.resolve(__dirname, '..', '..', '..');
const SITE_DIR = path.resolve(process.env.SITE_DIR || path.join(REPO, 'output'));
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const SCREENSHOTS = path.join(__dirname, '..', 'screenshots');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The only article of the flagship dossier, or the first one of another site. */
function articlePath() {
  const dir = path.join(SITE_DIR, 'articles');
  const slugs = fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
  const flagship = 'redefining-natos-indo-pacific-partnerships';
  const slug = slugs.includes(flagship) ? flagship : slugs[0];
  if (!slug) throw new Error(`${dir} holds no article`);
  return `/articles/${slug}/`;
}

/** One page of each kind the generator writes; `status` is what the server answers. */
function pageKinds() {
  return [
    { kind: 'home', path: '/', status: 200 },
    { kind: 'article', path: articlePath(), status: 200 },
    { kind: 'sources', path: '/sources/', status: 200 },
    { kind: 'source', path: '/sources/aronsson2022/', status: 200 },
    { kind: 'authors', path: '/authors/', status: 200 },
    { kind: 'author', path: '/authors/gorana-grgic/', status: 200 },
    { kind: 'institution', path: '/authors/nato/', status: 200 },
    { kind: 'timeline', path: '/timeline/', status: 200 },
    { kind: '404', path: '/no-such-page/', status: 404 },
  ];
}

async function launch() {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`no browser at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM)`);
  }
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** Serves SITE_DIR and launches the browser; `close()` ends both. */
async function start() {
  const server = await serve(SITE_DIR);
  const browser = await launch();
  return {
    base: server.url,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Records everything that went wrong while a page loaded: console errors, uncaught
 * exceptions, requests that failed or were answered with an error status. `expected` is the
 * URL of a document whose error status is the point of the page (the 404 page).
 */
function watchProblems(page, { expected } = {}) {
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const where = msg.location()?.url || '';
    // Chromium logs the 404 page's own status as a console error; that one is wanted.
    if (expected && msg.text().includes('status of 404') && (where === expected || where === '')) return;
    problems.push(`console error: ${msg.text()} (${where})`);
  });
  page.on('pageerror', (err) => problems.push(`uncaught exception: ${err.message}`));
  page.on('requestfailed', (req) => {
    problems.push(`request failed: ${req.url()} (${req.failure()?.errorText})`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400 && res.url() !== expected) {
      problems.push(`HTTP ${res.status()}: ${res.url()}`);
    }
  });
  return problems;
}

module.exports = {
  REPO,
  SITE_DIR,
  CHROMIUM,
  CHROMIUM_ARGS,
  SCREENSHOTS,
  pageKinds,
  articlePath,
  launch,
  start,
  watchProblems,
};
