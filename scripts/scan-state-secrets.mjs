#!/usr/bin/env node
/**
 * Looks for secrets in the clear in what `wrangler dev` keeps on disk (`.wrangler/state`: the D1
 * and Durable Object SQLite files with their WAL and shared memory, KV blobs, the local trace
 * store), byte by byte, binary files included.
 *
 *   node scripts/scan-state-secrets.mjs [--dir .wrangler/state] SECRET...
 *   … | node scripts/scan-state-secrets.mjs [--dir DIR] -          (secrets one a line on stdin)
 *
 * Each secret is looked for as written, in UTF-16, in hex, in base64 and base64url (at each of the
 * three alignments it could take inside a longer encoded value), and by the parts that are secret
 * on their own: a `whsec_` secret's key, as text and as the raw bytes it decodes to (and their
 * hex); a `yb_<lookup>_<secret>` API key's secret part (the lookup part is stored by design,
 * to find the key's hash). Prints how many files and bytes it read and each finding with its file
 * and form; exits 1 if anything is found, 2 on bad usage.
 */
import { readdirSync, readFileSync, lstatSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The byte strings that would give `secret` away, each with the name of its form. */
export function formsOf(secret) {
  const forms = [];
  const add = (form, bytes) => {
    if (bytes.length >= 8) forms.push({ form, bytes });
  };
  const text = Buffer.from(secret, 'utf8');
  add('as written', text);
  add('utf-16le', Buffer.from(secret, 'utf16le'));
  add('hex', Buffer.from(text.toString('hex')));
  add('HEX', Buffer.from(text.toString('hex').toUpperCase()));
  for (const [name, encoding] of [['base64', 'base64'], ['base64url', 'base64url']]) {
    for (let shift = 0; shift < 3; shift++) {
      // Prefixed by `shift` bytes, the encoding of the secret's own bytes starts after
      // ceil(shift * 4 / 3) characters; its last, partial group depends on what follows.
      const encoded = Buffer.concat([Buffer.alloc(shift), text]).toString(encoding).replace(/=+$/, '');
      const start = Math.ceil((shift * 4) / 3);
      const end = Math.floor(((shift + text.length) * 4) / 3);
      add(`${name} (offset ${shift})`, Buffer.from(encoded.slice(start, end)));
    }
  }
  const whsec = /^whsec_(.+)$/.exec(secret);
  if (whsec) {
    const raw = Buffer.from(whsec[1], 'base64');
    add('whsec key part', Buffer.from(whsec[1]));
    add('whsec key bytes', raw);
    add('whsec key bytes, hex', Buffer.from(raw.toString('hex')));
    add('whsec key bytes, base64url', Buffer.from(raw.toString('base64url').replace(/=+$/, '')));
  }
  const apiKey = /^yb_[^_]+_(.+)$/.exec(secret);
  if (apiKey) add('API key secret part', Buffer.from(apiKey[1]));
  return forms;
}

/** Every regular file under `dir` (symbolic links are not followed). */
export function filesUnder(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

/**
 * Scans every file under `dir` for every form of every secret.
 * @returns {{ files: number, bytes: number, forms: number, findings: { file: string, secret: string, form: string }[] }}
 */
export function scanForSecrets(dir, secrets) {
  const wanted = secrets.map((secret) => ({ secret, forms: formsOf(secret) }));
  const findings = [];
  let bytes = 0;
  const files = filesUnder(dir);
  for (const file of files) {
    const content = readFileSync(file);
    bytes += content.length;
    for (const { secret, forms } of wanted) {
      for (const { form, bytes: needle } of forms) {
        if (content.includes(needle)) findings.push({ file: relative(dir, file), secret, form });
      }
    }
  }
  return { files: files.length, bytes, forms: wanted.reduce((n, w) => n + w.forms.length, 0), findings };
}

/** What to print for a secret: enough to tell them apart, not enough to use. */
export const hintOf = (secret) => `${secret.slice(0, Math.min(10, secret.length - 4))}…(${secret.length} chars)`;

function main(argv) {
  let dir = '.wrangler/state';
  const secrets = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--dir') dir = argv[++i];
    else if (argv[i] === '-') secrets.push(...readFileSync(0, 'utf8').split('\n').map((line) => line.trim()).filter(Boolean));
    else secrets.push(argv[i]);
  }
  if (!dir || secrets.length === 0) {
    console.error('usage: node scripts/scan-state-secrets.mjs [--dir .wrangler/state] SECRET... (or - to read them from stdin)');
    return 2;
  }
  const short = secrets.filter((s) => s.length < 8);
  if (short.length) {
    console.error(`a secret of fewer than 8 characters cannot be looked for reliably: ${short.map(hintOf).join(', ')}`);
    return 2;
  }
  try {
    if (!lstatSync(dir).isDirectory()) throw new Error('not a directory');
  } catch (error) {
    console.error(`${dir}: ${error.message}`);
    return 2;
  }
  const { files, bytes, forms, findings } = scanForSecrets(dir, secrets);
  console.log(`scanned ${files} files (${bytes} bytes) under ${dir} for ${secrets.length} secrets in ${forms} forms`);
  for (const f of findings) console.log(`FOUND ${hintOf(f.secret)} ${f.form} in ${f.file}`);
  console.log(findings.length ? `${findings.length} findings` : 'none found');
  return findings.length ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2));
