// `dossier serve --watch`: an open article reloads by itself when one of its notes is edited.
'use strict';

const assert = require('node:assert/strict');
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const readline = require('node:readline');
const { describe, test, before, after } = require('node:test');
const { REPO, launch } = require('./lib/harness');

const BIN = path.resolve(process.env.DOSSIER_BIN || path.join(REPO, 'target', 'release', 'dossier'));
// The dossier to copy and edit: the repository's flagship by default.
const SOURCE = path.resolve(process.env.DOSSIER_ROOT || REPO);
const ARTICLE = 'redefining-natos-indo-pacific-partnerships';
const RELOAD_TIMEOUT_MS = 10_000;

/** Starts the server on a free port; resolves to its URL once it says where it serves. */
function startServer(root) {
  const child = spawn(BIN, ['serve', '--watch', '--port', '0', '--root', root], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = [];
  const url = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "serving … at" line in 60 s:\n${output.join('\n')}`)), 60_000);
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      output.push(line);
      const m = /^serving .* at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(line);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    readline.createInterface({ input: child.stderr }).on('line', (line) => output.push(line));
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`dossier serve exited (${code ?? signal}):\n${output.join('\n')}`));
    });
  });
  return { child, url, output };
}

/** Replaces a file the way editors do: write a temporary file beside it, rename it over. */
function replaceFile(file, text) {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}

describe('dossier serve --watch', { skip: !fs.existsSync(BIN) && `no binary at ${BIN}: cargo build --release` }, () => {
  let dir;
  let server;
  let browser;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-livereload-'));
    fs.copyFileSync(path.join(SOURCE, 'config.yaml'), path.join(dir, 'config.yaml'));
    fs.cpSync(path.join(SOURCE, 'content'), path.join(dir, 'content'), { recursive: true });
    fs.cpSync(path.join(SOURCE, 'themes'), path.join(dir, 'themes'), { recursive: true });
    server = startServer(dir);
    browser = await launch();
  });
  after(async () => {
    if (browser) await browser.close();
    if (server && server.child.exitCode === null) {
      const exited = new Promise((resolve) => server.child.once('exit', resolve));
      server.child.kill('SIGTERM');
      await exited;
    }
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test('editing a note reloads the open article with the new text', async () => {
    const base = await server.url;
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(new URL(`articles/${ARTICLE}/`, base).href);
    assert.equal(await page.locator('#note-20').count(), 1, 'the article has note 20');

    // Mark this document: a reload replaces it, so the mark disappears.
    await page.evaluate(() => {
      window.__beforeEdit = true;
    });
    let navigations = 0;
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations++;
    });
    // Give the page's live-reload connection a moment to open before the edit.
    await page.waitForTimeout(500);

    const marker = `Live reload marker ${Date.now()}.`;
    const file = path.join(dir, 'content', 'articles', `${ARTICLE}.md`);
    const source = fs.readFileSync(file, 'utf8');
    const anchor = '[^20]: For instance,';
    assert.ok(source.includes(anchor), `${file} holds note 20 as "${anchor} …"`);
    replaceFile(file, source.replace(anchor, `[^20]: ${marker} For instance,`));

    await page.waitForFunction(
      (text) => document.getElementById('note-20')?.textContent.includes(text),
      marker,
      { timeout: RELOAD_TIMEOUT_MS, polling: 100 },
    );
    assert.equal(await page.evaluate(() => window.__beforeEdit), undefined, 'the page was reloaded');
    assert.ok(navigations >= 1, 'the page navigated (reloaded) by itself');
    assert.deepEqual(errors, [], 'no uncaught exceptions');
  });
});
