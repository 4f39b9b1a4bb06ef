/**
 * Serves the built widget at https://127.0.0.1:5000/app/widget.html, where Zoho CRM's widget sandbox loads a
 * widget under development. Does what `zet run` does without its template server: `zet run` rewrites
 * package.json and needs a CommonJS server folder (docs/zet-toolkit.md). The self-signed certificate is
 * made once with openssl into .certs/ (git-ignored).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import { extname, join, normalize, resolve } from 'node:path';

const PORT = Number(process.env.PORT ?? 5000);
const APP = resolve('app');
const CERTS = resolve('.certs');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

if (!existsSync(join(CERTS, 'cert.pem'))) {
  mkdirSync(CERTS, { recursive: true });
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '365',
      '-keyout',
      join(CERTS, 'key.pem'),
      '-out',
      join(CERTS, 'cert.pem'),
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1,DNS:localhost',
    ],
    { stdio: 'ignore' },
  );
}

const server = createServer(
  { key: readFileSync(join(CERTS, 'key.pem')), cert: readFileSync(join(CERTS, 'cert.pem')) },
  (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'https://127.0.0.1').pathname);
    const file = normalize(join(APP, path.replace(/^\/app\//, '/')));
    if (!path.startsWith('/app/') || !file.startsWith(APP) || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found. The widget is at /app/widget.html\n');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      'access-control-allow-origin': '*',
    });
    res.end(readFileSync(file));
  },
);

server.listen(PORT, '127.0.0.1', () => {
  console.log(`Widget for the CRM's sandbox: https://127.0.0.1:${PORT}/app/widget.html`);
  console.log(
    'Open that URL once in your browser and accept the self-signed certificate, then use it as the widget URL in Zoho CRM (Setup > Developer Hub > Widgets, sandbox).',
  );
});
