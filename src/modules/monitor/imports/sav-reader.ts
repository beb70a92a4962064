import { ImportError, type ImportIssue } from './import-issue';

/**
 * A reader for SPSS system files (.sav), written from the published format
 * description (the GNU PSPP manual, "System File Format"): the file header,
 * variable records (type 2), value labels (types 3 and 4), documents (6),
 * extension records (7: long variable names, character encoding, float info),
 * the dictionary terminator (999), then the cases, uncompressed or bytecode-
 * compressed. zlib-compressed files ($FL3) are refused with a message saying
 * how to save them. Both byte orders are read.
 */

/** One variable as the user knows it (continuation records folded in). */
export interface SavVariable {
  name: string;
  label: string | null;
  /** 0 for numeric, else the string width in bytes. */
  width: number;
  /** Value (as text) -> label. */
  valueLabels: Map<string, string>;
  /** Numeric values declared user-missing, read as missing. */
  missing: number[];
  /** Declared missing range, if any. */
  missingRange: [number, number] | null;
}

export interface SavFile {
  productName: string;
  compression: 0 | 1;
  weightVariable: string | null;
  variables: SavVariable[];
  /** One array per case, one entry per variable: number, trimmed string, or null (missing). */
  cases: (number | string | null)[][];
}

const HEADER_BYTES = 176;
const DEFAULT_SYSMIS = -Number.MAX_VALUE;
/** Bytecode meanings in compressed data. */
const CODE_PADDING = 0;
const CODE_END = 252;
const CODE_RAW = 253;
const CODE_SPACES = 254;
const CODE_SYSMIS = 255;

function truncated(where: string, offset: number, line: number | null = null): ImportError {
  const issue: ImportIssue = {
    line,
    column: null,
    message:
      `Het .sav-bestand is afgekapt: ${where} (bij byte ${offset}). ` +
      'Het bestand is waarschijnlijk niet volledig geüpload of opgeslagen; sla het opnieuw op in SPSS en probeer het nog eens.',
  };
  return new ImportError([issue]);
}

function invalid(message: string): ImportError {
  return new ImportError([{ line: null, column: null, message }]);
}

/** Bounds-checked reading of the file, in the file's byte order. */
class Cursor {
  offset = 0;
  little = true;
  readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  need(n: number, where: string): void {
    if (this.offset + n > this.bytes.length) throw truncated(where, this.bytes.length);
  }
  int32(where: string): number {
    this.need(4, where);
    const v = this.view.getInt32(this.offset, this.little);
    this.offset += 4;
    return v;
  }
  float64(where: string): number {
    this.need(8, where);
    const v = this.view.getFloat64(this.offset, this.little);
    this.offset += 8;
    return v;
  }
  raw(n: number, where: string): Uint8Array {
    this.need(n, where);
    const v = this.bytes.subarray(this.offset, this.offset + n);
    this.offset += n;
    return v;
  }
  get remaining(): number {
    return this.bytes.length - this.offset;
  }
}

const latin1 = new TextDecoder('latin1');

function makeDecoder(encoding: string | null): TextDecoder {
  if (encoding) {
    try {
      return new TextDecoder(encoding);
    } catch {
      // An encoding name Node does not know: fall back below.
    }
  }
  return new TextDecoder('utf-8');
}

/** Code page numbers of the integer info record mapped to encoding names. */
const CODE_PAGES: Record<number, string> = {
  65001: 'utf-8',
  1252: 'windows-1252',
  28591: 'latin1',
};

interface RawVariable {
  type: number;
  name: string;
  label: Uint8Array | null;
  missing: number[];
  missingRange: [number, number] | null;
}

/** Read a .sav file completely; throws ImportError saying where and what to do. */
export function readSav(bytes: Uint8Array): SavFile {
  const c = new Cursor(bytes);
  if (bytes.length < HEADER_BYTES) throw truncated('de kop (header) is onvolledig', bytes.length);
  const magic = latin1.decode(bytes.subarray(0, 4));
  if (magic === '$FL3') {
    throw invalid(
      'Dit .sav-bestand is met zlib gecomprimeerd (ZSAV). Sla het in SPSS op zonder compressie of met ' +
        'standaardcompressie ("Save as" > niet "Compress with zlib") en upload het opnieuw.',
    );
  }
  if (magic !== '$FL2')
    throw invalid('Dit is geen SPSS-bestand (.sav): de kop begint niet met $FL2.');
  const productName = latin1.decode(bytes.subarray(4, 64)).trim();
  c.offset = 64;
  let layout = c.view.getInt32(64, true);
  if (layout !== 2 && layout !== 3) {
    c.little = false;
    layout = c.view.getInt32(64, false);
    if (layout !== 2 && layout !== 3)
      throw invalid('Dit .sav-bestand heeft een onbekende indeling (layout code).');
  }
  c.offset = 68;
  c.int32('kop'); // nominal case size: recomputed from the variable records
  const compression = c.int32('kop');
  if (compression !== 0 && compression !== 1) {
    throw invalid(`Onbekende compressie ${compression} in de kop van het .sav-bestand.`);
  }
  const weightIndex = c.int32('kop');
  const caseCount = c.int32('kop');
  const bias = c.float64('kop');
  c.offset = HEADER_BYTES;

  // Dictionary.
  const raws: RawVariable[] = [];
  const labelSets: { entries: [Uint8Array, Uint8Array][]; vars: number[] }[] = [];
  let longNames = '';
  let encoding: string | null = null;
  let sysmis = DEFAULT_SYSMIS;
  for (;;) {
    const where = 'in de variabelebeschrijving';
    const type = c.int32(where);
    if (type === 999) {
      c.int32(where);
      break;
    }
    if (type === 2) {
      const varType = c.int32(where);
      const hasLabel = c.int32(where);
      const missingCount = c.int32(where);
      c.int32(where); // print format
      c.int32(where); // write format
      const name = latin1.decode(c.raw(8, where)).trimEnd();
      let label: Uint8Array | null = null;
      if (hasLabel === 1) {
        const len = c.int32(where);
        label = c.raw(len, where);
        c.raw((4 - (len % 4)) % 4, where);
      }
      const values: number[] = [];
      for (let i = 0; i < Math.abs(missingCount); i++) values.push(c.float64(where));
      let missingRange: [number, number] | null = null;
      let missing = values;
      if (missingCount < 0) {
        missingRange = [values[0]!, values[1]!];
        missing = values.slice(2);
      }
      raws.push({ type: varType, name, label, missing, missingRange });
    } else if (type === 3) {
      const count = c.int32('in de waardelabels');
      const entries: [Uint8Array, Uint8Array][] = [];
      for (let i = 0; i < count; i++) {
        const value = c.raw(8, 'in de waardelabels');
        const len = c.raw(1, 'in de waardelabels')[0]!;
        const label = c.raw(len, 'in de waardelabels');
        c.raw((8 - ((len + 1) % 8)) % 8, 'in de waardelabels');
        entries.push([value, label]);
      }
      const next = c.int32('in de waardelabels');
      if (next !== 4) {
        throw invalid(
          'Beschadigd .sav-bestand: na waardelabels (type 3) ontbreekt de variabelenlijst (type 4).',
        );
      }
      const varCount = c.int32('in de waardelabels');
      const vars: number[] = [];
      for (let i = 0; i < varCount; i++) vars.push(c.int32('in de waardelabels'));
      labelSets.push({ entries, vars });
    } else if (type === 6) {
      const lines = c.int32('in de documentatie');
      c.raw(lines * 80, 'in de documentatie');
    } else if (type === 7) {
      const subtype = c.int32('in een extensierecord');
      const size = c.int32('in een extensierecord');
      const count = c.int32('in een extensierecord');
      const data = c.raw(size * count, 'in een extensierecord');
      const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
      if (subtype === 13) longNames = latin1.decode(data);
      else if (subtype === 20) encoding = latin1.decode(data).trim();
      else if (subtype === 4 && size === 8 && count >= 1) sysmis = dv.getFloat64(0, c.little);
      else if (subtype === 3 && size === 4 && count >= 8 && !encoding) {
        encoding = CODE_PAGES[dv.getInt32(28, c.little)] ?? null;
      }
    } else {
      throw invalid(
        `Beschadigd .sav-bestand: onbekend recordtype ${type} bij byte ${c.offset - 4}. Sla het opnieuw op in SPSS.`,
      );
    }
  }

  const decoder = makeDecoder(encoding);
  const text = (b: Uint8Array) => decoder.decode(b).replace(/[\s\0]+$/, '');

  // Fold continuation records (type -1) into their string variable; remember each
  // variable's first slot (dictionary index, 1-based) and slot count.
  const longByShort = new Map<string, string>();
  for (const pair of longNames.split('\t')) {
    const [short, long] = pair.split('=');
    if (short && long) longByShort.set(short.toUpperCase(), long.trim());
  }
  const variables: SavVariable[] = [];
  const slotOf = new Map<number, number>(); // dictionary index -> variable index
  const slots: { variable: number; first: boolean; width: number }[] = [];
  raws.forEach((raw, i) => {
    if (raw.type === -1) {
      const last = slots[slots.length - 1];
      slots.push({ variable: last ? last.variable : -1, first: false, width: 0 });
      return;
    }
    slotOf.set(i + 1, variables.length);
    slots.push({ variable: variables.length, first: true, width: raw.type });
    variables.push({
      name: longByShort.get(raw.name.toUpperCase()) ?? raw.name,
      label: raw.label ? text(raw.label) : null,
      width: raw.type,
      valueLabels: new Map(),
      missing: raw.missing,
      missingRange: raw.missingRange,
    });
  });
  if (variables.length === 0) throw invalid('Het .sav-bestand bevat geen variabelen.');
  for (const set of labelSets) {
    for (const index of set.vars) {
      const v = variables[slotOf.get(index) ?? -1];
      if (!v) continue;
      for (const [value, label] of set.entries) {
        const key =
          v.width === 0
            ? String(new DataView(value.buffer, value.byteOffset, 8).getFloat64(0, c.little))
            : text(value);
        v.valueLabels.set(key, text(label));
      }
    }
  }
  const weightVariable =
    weightIndex > 0 ? (variables[slotOf.get(weightIndex) ?? -1]?.name ?? null) : null;

  const cases =
    compression === 1
      ? readCompressed(c, slots, variables, bias, sysmis, caseCount, text)
      : readPlain(c, slots, variables, sysmis, caseCount, text);
  return { productName, compression, weightVariable, variables, cases };
}

type Slots = { variable: number; first: boolean; width: number }[];

function toValue(v: SavVariable, n: number, sysmis: number): number | null {
  if (n === sysmis || Number.isNaN(n)) return null;
  if (v.missing.includes(n)) return null;
  if (v.missingRange && n >= v.missingRange[0] && n <= v.missingRange[1]) return null;
  return n;
}

/** Assemble one case from its 8-byte slots. */
function assemble(
  slotValues: (number | Uint8Array)[],
  slots: Slots,
  variables: SavVariable[],
  sysmis: number,
  text: (b: Uint8Array) => string,
): (number | string | null)[] {
  const out: (number | string | null)[] = new Array(variables.length).fill(null);
  const parts: Uint8Array[][] = variables.map(() => []);
  slots.forEach((slot, i) => {
    const value = slotValues[i]!;
    const v = variables[slot.variable]!;
    if (v.width === 0) {
      out[slot.variable] = toValue(v, value as number, sysmis);
    } else if (value instanceof Uint8Array) parts[slot.variable]!.push(value);
  });
  variables.forEach((v, i) => {
    if (v.width > 0) {
      const joined = Buffer.concat(parts[i]!).subarray(0, v.width);
      const s = text(joined).trim();
      out[i] = s === '' ? null : s;
    }
  });
  return out;
}

function readPlain(
  c: Cursor,
  slots: Slots,
  variables: SavVariable[],
  sysmis: number,
  caseCount: number,
  text: (b: Uint8Array) => string,
): (number | string | null)[][] {
  const caseBytes = slots.length * 8;
  const cases: (number | string | null)[][] = [];
  while (c.remaining > 0 && (caseCount < 0 || cases.length < caseCount)) {
    if (c.remaining < caseBytes) {
      throw truncated(`case ${cases.length + 1} is onvolledig`, c.bytes.length, cases.length + 1);
    }
    const values = slots.map((slot) => {
      const v = variables[slot.variable]!;
      return v.width === 0 ? c.float64('') : c.raw(8, '');
    });
    cases.push(assemble(values, slots, variables, sysmis, text));
  }
  if (caseCount >= 0 && cases.length < caseCount) {
    throw truncated(
      `er staan ${cases.length} van de ${caseCount} cases in`,
      c.bytes.length,
      cases.length + 1,
    );
  }
  return cases;
}

function readCompressed(
  c: Cursor,
  slots: Slots,
  variables: SavVariable[],
  bias: number,
  sysmis: number,
  caseCount: number,
  text: (b: Uint8Array) => string,
): (number | string | null)[][] {
  const spaces = new Uint8Array(8).fill(0x20);
  const cases: (number | string | null)[][] = [];
  let block: Uint8Array | null = null;
  let blockPos = 8;
  let current: (number | Uint8Array)[] = [];
  let ended = false;
  const caseNo = () => cases.length + 1;
  while (!ended && (caseCount < 0 || cases.length < caseCount)) {
    if (blockPos === 8) {
      if (c.remaining === 0) break;
      if (c.remaining < 8)
        throw truncated(`case ${caseNo()} is onvolledig`, c.bytes.length, caseNo());
      block = c.raw(8, '');
      blockPos = 0;
    }
    const code = block![blockPos++]!;
    if (code === CODE_PADDING) continue;
    if (code === CODE_END) {
      ended = true;
      break;
    }
    const slot = slots[current.length]!;
    const isString = variables[slot.variable]!.width > 0;
    if (code === CODE_RAW) {
      if (c.remaining < 8)
        throw truncated(`case ${caseNo()} is onvolledig`, c.bytes.length, caseNo());
      current.push(isString ? c.raw(8, '') : c.float64(''));
    } else if (code === CODE_SPACES) current.push(isString ? spaces : sysmis);
    else if (code === CODE_SYSMIS) current.push(isString ? spaces : sysmis);
    else current.push(isString ? spaces : code - bias);
    if (current.length === slots.length) {
      cases.push(assemble(current, slots, variables, sysmis, text));
      current = [];
    }
  }
  if (current.length > 0) {
    throw truncated(`case ${caseNo()} is onvolledig`, c.bytes.length, caseNo());
  }
  if (caseCount >= 0 && cases.length < caseCount) {
    throw truncated(
      `er staan ${cases.length} van de ${caseCount} cases in`,
      c.bytes.length,
      caseNo(),
    );
  }
  return cases;
}
