/**
 * After `zet pack`: the zip exists (zet exits 0 even when packing failed, docs/zet-toolkit.md) and holds
 * the widget's two pages (the record button's widget and the settings page) and their assets and nothing else.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function zipEntries(zip: Buffer): string[] {
  // The end-of-central-directory record sits in the last 64 KiB; its signature is 0x06054b50.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('broken central directory');
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extra + comment;
  }
  return names;
}

const zips = readdirSync('dist').filter((f) => f.endsWith('.zip'));
if (zips.length === 0) {
  console.error('zet pack wrote no zip into dist/: see ZET-debug.log');
  process.exit(1);
}
const newest = zips.map((f) => join('dist', f)).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0]!;
const files = zipEntries(readFileSync(newest)).filter((name) => !name.endsWith('/'));
const allowed =
  /^(app\/)?(widget\.html|settings\.html|assets\/[A-Za-z0-9_.$-]+\.(js|css)|translations\/[A-Za-z0-9_-]+\.json)$/;
const unexpected = files.filter((f) => !allowed.test(f));
const missing = ['widget.html', 'settings.html'].filter(
  (page) => !files.some((f) => f === page || f === `app/${page}`),
);
console.log(`${newest}: ${files.length} files`);
for (const f of files) console.log(`  ${f}`);
if (missing.length > 0 || unexpected.length > 0) {
  for (const page of missing) console.error(`the zip has no ${page}`);
  for (const f of unexpected) console.error(`unexpected file in the zip: ${f}`);
  process.exit(1);
}
console.log('pack ok: the widget and settings pages and their assets only');
