// A tiny static file server for a built dossier: what a static host does, nothing more.
// Directories serve their index.html, a directory without its trailing slash is redirected,
// and a miss gets the site's 404.html with status 404.
'use strict';

const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
};

function mimeType(file) {
  return MIME[path.extname(file).toLowerCase()] || 'application/octet-stream';
}

function isFile(p) {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

function isDir(p) {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** Starts serving `root` on 127.0.0.1 and a free port; resolves to { url, close }. */
async function serve(root) {
  root = path.resolve(root);
  if (!isFile(path.join(root, 'index.html'))) {
    throw new Error(`${root} holds no index.html: build the site first (cargo run --release -- build)`);
  }
  const server = http.createServer((req, res) => {
    const send = (status, file, headers = {}) => {
      const body = req.method === 'HEAD' ? null : fs.readFileSync(file);
      res.writeHead(status, {
        'Content-Type': mimeType(file),
        'Content-Length': fs.statSync(file).size,
        'Cache-Control': 'no-store',
        ...headers,
      });
      res.end(body);
    };
    const notFound = () => {
      const page = path.join(root, '404.html');
      if (isFile(page)) return send(404, page);
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('not found\n');
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' });
      return res.end();
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      return notFound();
    }
    const file = path.join(root, pathname);
    // Never serve anything outside the site.
    if (pathname.includes('\0') || (file !== root && !file.startsWith(root + path.sep))) {
      return notFound();
    }
    if (isDir(file)) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { Location: encodeURI(pathname) + '/' });
        return res.end();
      }
      const index = path.join(file, 'index.html');
      return isFile(index) ? send(200, index) : notFound();
    }
    return isFile(file) ? send(200, file) : notFound();
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

module.exports = { serve, mimeType };
