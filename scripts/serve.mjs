#!/usr/bin/env node
/**
 * Serves the built console (dist/) with security headers and SPA fallback.
 * The Content-Security-Policy allows scripts from this origin only; connect-src adds
 * the API endpoints named in dist/config.json, so remote mode works after editing it.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.env.DIST_DIR ?? 'dist');
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

function apiOrigins() {
  try {
    const config = JSON.parse(readFileSync(join(root, 'config.json'), 'utf8'));
    return Object.values(config.endpoints ?? {})
      .filter((value) => typeof value === 'string' && /^https?:\/\//.test(value))
      .map((value) => new URL(value.replaceAll('{region}', 'region')).origin.replace('region', '*'));
  } catch {
    return [];
  }
}

const csp = [
  "default-src 'self'",
  "script-src 'self'",
  // MUI (emotion) injects <style> elements at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  `connect-src 'self' ${apiOrigins().join(' ')}`.trim(),
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

const securityHeaders = {
  'Content-Security-Policy': csp,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

if (!existsSync(join(root, 'index.html'))) {
  console.error(`No build in ${root}. Run "npm run build" first.`);
  process.exit(1);
}

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, path);
  if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const immutable = file.includes(`${join(root, 'assets')}`);
  response.writeHead(200, {
    ...securityHeaders,
    'Content-Type': type,
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    // The mock service worker must be allowed to control the whole origin.
    ...(file.endsWith('mockServiceWorker.js') ? { 'Service-Worker-Allowed': '/' } : {}),
  });
  if (request.method === 'HEAD') response.end();
  else createReadStream(file).pipe(response);
});

server.listen(port, host, () => {
  console.log(`Elastic Load Balance console: http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`);
});
