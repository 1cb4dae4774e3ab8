import { extractFacts } from '../scrapers/extract/index';
import { readFileSync } from 'fs';
const [file] = process.argv.slice(2);
const raw = readFileSync(file, 'utf8');
const nl = raw.indexOf('\n');
const f = extractFacts({ title: raw.slice(0, nl), text: raw.slice(nl + 1) });
for (const x of f) console.log(x.region, x.scheme, x.year, x.key, x.variant ?? '', JSON.stringify(x.value), x.confidence, x.evidence.quote.slice(0, 60));
