/**
 * Data tables as the sentences the extractor reads. A 缴费标准 table (`档次 | 个人缴费(元/年) |
 * 财政补助(元/年) | 合计(元/年)`) becomes its caption, then one line per row named by the header:
 * `一档:个人缴费400元,财政补助700元,合计1100元。`. The row's label is a label before a colon, so
 * the extractor scopes the row's values to it (the fact's variant); header names are reduced to
 * the words the extractor keys on, and the unit in a header's parenthesis goes onto bare numbers.
 *
 * Spans are expanded into a grid first: gov tables merge a 档次 cell over two header rows or a
 * 财政补助 cell over every row, and each row must still name each of its values.
 */
import type { AnyNode, Element } from 'domhandler';
import { cleanInline, inlineText } from './text';

/** Bounds on the tables read as data; a real 缴费标准 table is a few rows by a few columns. */
const MAX_ROWS = 500;
const MAX_COLUMNS = 40;
const MAX_SPAN = 40;

interface Cell {
  text: string;
  /** Same id across the grid positions one spanning cell covers. */
  id: number;
  isHeader: boolean;
}

/** The extractor's words for a column, in the order a header is tested against them. */
const VALUE_COLUMNS = ['缴费基数', '缴费比例', '月缴费额', '个人缴费', '财政补助', '合计'] as const;

/**
 * The name a header is given in row sentences. A header naming another fund (大额, 生育) keeps
 * its own words: its rate is not the medical-insurance rate. A rate split by payer (单位缴费比例)
 * keeps the payer.
 */
export function columnName(header: string): string {
  const plain = header.replace(/[(（][^)）]*[)）]/g, '').replace(/[\s:：]+/g, '');
  if (/大额|生育|补充|长期护理|长护|公务员|养老|失业|工伤/.test(plain)) return plain;
  if (/基数/.test(plain)) return '缴费基数';
  if (/比例|费率|比率/.test(plain)) return /单位|职工个人/.test(plain) ? plain : '缴费比例';
  if (/月/.test(header) && /缴|金额|费额/.test(header)) return '月缴费额';
  if (/个人/.test(plain)) return '个人缴费';
  if (/财政|政府/.test(plain)) return '财政补助';
  if (/合计|总计|小计|总额|筹资/.test(plain)) return '合计';
  return plain;
}

/** The unit a header gives its bare numbers: `(元/年)` → 元, `(%)` → %. */
export function columnUnit(header: string): string {
  const match = /[(（]\s*(万元|元|%|％|‰)/.exec(header) ?? /(万元|元|%|％|‰)\s*(?:\/|$)/.exec(header);
  return match ? match[1].replace('％', '%') : '';
}

const PLAIN_NUMBER = /^[-+]?\d+(?:\.\d+)?$/;
const NUMERIC = /^[-+]?\d+(?:\.\d+)?(?:万元|元|%|％|‰)?(?:\/[人月年·]+)*$/;
const EMPTY_VALUE = /^[-—–/\\─]*$/;

function numberText(text: string): string {
  return text.replace(/\s+/g, '').replace(/(\d)[,，](?=\d{3}(?!\d))/g, '$1');
}

function isNumeric(text: string): boolean {
  return text !== '' && NUMERIC.test(numberText(text));
}

/**
 * The lines of a data table, or null for a layout table (a page laid out in cells, a table in a
 * table, cells holding lists or whole paragraphs) which the caller reads as ordinary blocks.
 */
export function renderTable(table: Element): string[] | null {
  const rows = ownRows(table, MAX_ROWS + 1);
  // Past the bounds a table is no 缴费标准 table: its cells are read as blocks, text kept.
  if (rows.length > MAX_ROWS || rows.some((row) => cellsOf(row).length > MAX_COLUMNS)) return null;
  if (isLayout(table, rows)) return null;
  const lines: string[] = [];
  const caption = table.children.find((c) => c.type === 'tag' && (c as Element).tagName.toLowerCase() === 'caption');
  if (caption) {
    const text = inlineText(caption);
    if (text) lines.push(text);
  }
  const grid = gridOf(rows);
  if (grid.length === 0) return lines;
  const width = grid[0].length;

  let first = 0;
  while (first < grid.length && bannerText(grid[first]) !== null) lines.push(bannerText(grid[first++])!);
  const body = grid.slice(first);
  const hasNumbers = body.some((row) => row.some((cell) => isNumeric(cell.text)));
  let headerRows = 0;
  if (hasNumbers) {
    while (headerRows < body.length && bannerText(body[headerRows]) === null && !body[headerRows].some((c) => isNumeric(c.text))) headerRows++;
  } else {
    while (headerRows < body.length && body[headerRows].every((c) => c.isHeader || !c.text)) headerRows++;
  }
  if (width < 2 || headerRows === 0 || headerRows === body.length) {
    for (const row of body) pushPlainRow(lines, row);
    return lines;
  }

  let header = body.slice(0, headerRows);
  let data = body.slice(headerRows);
  if (headerRows === 1 && isTransposed(header[0], data)) [header, data] = transpose(header[0], data);
  const names = header[0].map((_, j) => {
    const raw = [...new Map(header.map((row) => [row[j].id, row[j].text] as const)).values()].filter(Boolean).join(' ');
    return { raw, name: columnName(raw), unit: columnUnit(raw) };
  });

  const skipped = new Set(names.flatMap((n, j) => (/^(?:序号|编号|No\.?)$/i.test(n.raw) ? [j] : [])));
  const labelColumns = new Set<number>();
  for (let j = 0; j < names.length; j++) {
    if (skipped.has(j)) continue;
    const known = (VALUE_COLUMNS as readonly string[]).includes(names[j].name);
    const textual = data.every((row) => bannerText(row) !== null || !isNumeric(row[j].text));
    if (labelColumns.size === 0 && (!known || textual)) labelColumns.add(j);
    // More label columns (人员类别 | 档次 | …) only where other columns hold the figures.
    else if (hasNumbers && textual && !known) labelColumns.add(j);
    else break;
  }

  for (const row of data) {
    const banner = bannerText(row);
    if (banner !== null) {
      lines.push(banner);
      continue;
    }
    const labels = [...new Map([...labelColumns].map((j) => [row[j].id, row[j].text.replace(/[:：]+$/, '')] as const)).values()].filter(Boolean);
    const parts: string[] = [];
    const seen = new Set<number>();
    for (let j = 0; j < width; j++) {
      if (labelColumns.has(j) || skipped.has(j) || seen.has(row[j].id)) continue;
      seen.add(row[j].id);
      const text = numberText(row[j].text);
      if (EMPTY_VALUE.test(text)) continue;
      const unit = PLAIN_NUMBER.test(text) ? names[j].unit : '';
      parts.push(`${names[j].name}${isNumeric(text) ? text : cleanInline(row[j].text)}${unit}`);
    }
    const label = labels.join(' ');
    if (parts.length === 0) {
      if (label) lines.push(label);
      continue;
    }
    lines.push(label ? `${label}:${parts.join(',')}。` : `${parts.join(',')}。`);
  }
  return lines;
}

function pushPlainRow(lines: string[], row: Cell[]) {
  const cells = [...new Map(row.map((c) => [c.id, c.text] as const)).values()].filter(Boolean);
  if (cells.length) lines.push(cells.join(' | '));
}

/** A row that is one cell across most of the table: a title, a group heading or a note. */
function bannerText(row: Cell[]): string | null {
  if (row.length < 2) return null;
  const filled = row.filter((c) => c.text);
  if (filled.length === 0) return null;
  const id = filled[0].id;
  if (filled.some((c) => c.id !== id)) return null;
  return filled.length * 2 > row.length ? filled[0].text : null;
}

/** `项目 | 一档 | 二档` over rows `个人缴费 | 400 | 600`: the values are named down the first column. */
function isTransposed(header: Cell[], data: Cell[][]): boolean {
  const known = (text: string) => (VALUE_COLUMNS as readonly string[]).includes(columnName(text));
  const rowNames = data.filter((row) => known(row[0].text)).length;
  return rowNames >= 2 && !header.slice(1).some((c) => known(c.text));
}

function transpose(header: Cell[], data: Cell[][]): [Cell[][], Cell[][]] {
  const rows = [header, ...data];
  const columns = header.map((_, j) => rows.map((row) => row[j]));
  return [[columns[0]], columns.slice(1)];
}

function isLayout(table: Element, rows: Element[]): boolean {
  let layout = false;
  const visit = (node: AnyNode, inCell: boolean) => {
    if (layout || node.type !== 'tag') return;
    const tag = (node as Element).tagName.toLowerCase();
    if (inCell && /^(?:table|ul|ol|h[1-6]|form|article|section)$/.test(tag)) layout = true;
    for (const child of (node as Element).children) visit(child, inCell || tag === 'td' || tag === 'th');
  };
  for (const row of rows) visit(row, false);
  if (layout) return true;
  // A long paragraph in a cell that is not a full-width note is page text, not a value.
  return rows.some((row) => {
    const cells = cellsOf(row);
    return cells.length > 1 && cells.some((cell) => inlineText(cell).length > 300);
  });
}

/** The first `count` rows of a table itself (not of tables inside it). */
export function leadingRows(table: Element, count: number): Element[] {
  return ownRows(table, count);
}

function ownRows(table: Element, limit = MAX_ROWS): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (child.type !== 'tag') continue;
    const tag = (child as Element).tagName.toLowerCase();
    if (rows.length >= limit) break;
    if (tag === 'tr') rows.push(child as Element);
    else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') {
      for (const row of (child as Element).children) if (row.type === 'tag' && (row as Element).tagName.toLowerCase() === 'tr') rows.push(row as Element);
    }
  }
  return rows.slice(0, limit);
}

function cellsOf(row: Element): Element[] {
  return row.children.filter((c) => c.type === 'tag' && /^t[dh]$/i.test((c as Element).tagName)) as Element[];
}

function span(cell: Element, name: string): number {
  const value = Number.parseInt(cell.attribs?.[name] ?? '1', 10);
  return Number.isFinite(value) ? Math.min(Math.max(value, 1), MAX_SPAN) : 1;
}

/** Rows × columns with each spanning cell repeated over the positions it covers. */
function gridOf(rows: Element[]): Cell[][] {
  const grid: (Cell | undefined)[][] = rows.map(() => []);
  let id = 0;
  rows.forEach((row, r) => {
    let c = 0;
    for (const element of cellsOf(row)) {
      while (grid[r][c]) c++;
      if (c >= MAX_COLUMNS) break;
      const cell: Cell = { text: inlineText(element), id: id++, isHeader: element.tagName.toLowerCase() === 'th' };
      const rowSpan = span(element, 'rowspan');
      const colSpan = span(element, 'colspan');
      for (let dr = 0; dr < rowSpan && r + dr < rows.length; dr++) {
        for (let dc = 0; dc < colSpan && c + dc < MAX_COLUMNS; dc++) grid[r + dr][c + dc] = cell;
      }
      c += colSpan;
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  const filled = grid
    .map((row) => Array.from({ length: width }, (_, j) => row[j] ?? { text: '', id: id++, isHeader: false }))
    .filter((row) => row.some((cell) => cell.text));
  return filled;
}
