/** Loads the bundled sample (`data/sample`) through the import route, as `npm start` does. */
import index from '../../data/sample/index.json';
import { admin } from './worker';

const pages = import.meta.glob('../../data/sample/*.html', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export async function loadSample(): Promise<void> {
  for (const page of index.pages) {
    const html = pages[`../../data/sample/${page.file}`];
    if (html === undefined) throw new Error(`sample page ${page.file} is missing`);
    const res = await admin('/v1/admin/articles', { method: 'POST', json: { url: index.baseUrl + page.file, adapter: page.adapter, ...(page.trust ? { trust: page.trust } : {}), html } });
    if (res.status >= 300 && res.status !== 200) throw new Error(`${page.file}: ${res.status} ${await res.text()}`);
  }
}
