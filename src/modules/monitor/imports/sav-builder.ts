/**
 * Writes SPSS system files (.sav) byte by byte, little-endian, as the format
 * description lays them out. Used by tests (and the demo) to build files the
 * reader must understand, including deliberately broken ones.
 */

export interface SavBuilderVariable {
  /** Up to 8 characters is the short name; longer names get a long-name record. */
  name: string;
  /** 0 for numeric, else the string width (1..255). */
  width?: number;
  label?: string;
  /** Value -> label; numbers for numeric variables, strings for string ones. */
  valueLabels?: [number | string, string][];
  /** Discrete user-missing values (numeric). */
  missing?: number[];
}

export interface SavBuilderOptions {
  variables: SavBuilderVariable[];
  /** One array per case; null = system-missing / blank. */
  cases: (number | string | null)[][];
  compression?: 0 | 1;
  /** Name of the weight variable, written into the header. */
  weight?: string;
  /** Write -1 as case count (unknown), as some writers do. */
  unknownCaseCount?: boolean;
  /** Write a type 7 subtype 20 record naming the encoding (default UTF-8). */
  encoding?: string | null;
}

const BIAS = 100;
const SYSMIS = -Number.MAX_VALUE;
const enc = new TextEncoder();

class Bytes {
  private parts: Uint8Array[] = [];
  int32(v: number): this {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setInt32(0, v, true);
    this.parts.push(b);
    return this;
  }
  float64(v: number): this {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setFloat64(0, v, true);
    this.parts.push(b);
    return this;
  }
  raw(b: Uint8Array): this {
    this.parts.push(b);
    return this;
  }
  /** Text padded with spaces (or cut) to exactly n bytes. */
  text(s: string, n: number): this {
    const b = new Uint8Array(n).fill(0x20);
    b.set(enc.encode(s).subarray(0, n));
    this.parts.push(b);
    return this;
  }
  done(): Uint8Array {
    return Buffer.concat(this.parts);
  }
}

const slotsOf = (v: SavBuilderVariable) => (v.width ? Math.ceil(v.width / 8) : 1);
const shortName = (v: SavBuilderVariable, i: number) =>
  v.name.length <= 8 ? v.name.toUpperCase() : `V${String(i + 1).padStart(7, '0')}`;

/** Build a complete .sav file. */
export function buildSav(options: SavBuilderOptions): Uint8Array {
  const { variables, cases } = options;
  const compression = options.compression ?? 0;
  const caseSize = variables.reduce((n, v) => n + slotsOf(v), 0);
  const out = new Bytes();

  // Dictionary indexes (1-based, continuation records count).
  const firstSlot: number[] = [];
  let slot = 1;
  for (const v of variables) {
    firstSlot.push(slot);
    slot += slotsOf(v);
  }
  const weightIndex = options.weight
    ? firstSlot[variables.findIndex((v) => v.name === options.weight)]!
    : 0;

  // Header: 176 bytes.
  out
    .text('$FL2', 4)
    .text('@(#) SPSS DATA FILE Weerbaar test builder', 60)
    .int32(2)
    .int32(caseSize)
    .int32(compression)
    .int32(weightIndex)
    .int32(options.unknownCaseCount ? -1 : cases.length)
    .float64(BIAS)
    .text('28 Nov 26', 9)
    .text('12:00:00', 8)
    .text('Weerbaar test', 64)
    .text('', 3);

  // Variable records.
  variables.forEach((v, i) => {
    const labelBytes = v.label ? enc.encode(v.label) : null;
    out
      .int32(2)
      .int32(v.width ?? 0)
      .int32(labelBytes ? 1 : 0)
      .int32(v.missing?.length ?? 0)
      .int32(v.width ? (1 << 16) | (v.width << 8) : 0x050802)
      .int32(v.width ? (1 << 16) | (v.width << 8) : 0x050802)
      .text(shortName(v, i), 8);
    if (labelBytes) {
      out.int32(labelBytes.length).raw(labelBytes);
      out.raw(new Uint8Array((4 - (labelBytes.length % 4)) % 4).fill(0x20));
    }
    for (const m of v.missing ?? []) out.float64(m);
    for (let k = 1; k < slotsOf(v); k++) {
      out.int32(2).int32(-1).int32(0).int32(0).int32(0).int32(0).text('', 8);
    }
  });

  // Value labels: one type 3 + type 4 pair per variable that has labels.
  variables.forEach((v, i) => {
    if (!v.valueLabels?.length) return;
    out.int32(3).int32(v.valueLabels.length);
    for (const [value, label] of v.valueLabels) {
      if (typeof value === 'number') out.float64(value);
      else out.text(value, 8);
      const lb = enc.encode(label).subarray(0, 255);
      out.raw(Uint8Array.of(lb.length)).raw(lb);
      out.raw(new Uint8Array((8 - ((lb.length + 1) % 8)) % 8).fill(0x20));
    }
    out.int32(4).int32(1).int32(firstSlot[i]!);
  });

  // Long variable names (subtype 13; SPSS writes one for every name whose case or
  // length the short name loses) and encoding (subtype 20).
  const longNames = variables
    .map((v, i) => `${shortName(v, i)}=${v.name}`)
    .filter((_, i) => variables[i]!.name !== shortName(variables[i]!, i))
    .join('\t');
  if (longNames) {
    const b = enc.encode(longNames);
    out.int32(7).int32(13).int32(1).int32(b.length).raw(b);
  }
  const encoding = options.encoding === undefined ? 'UTF-8' : options.encoding;
  if (encoding) {
    const b = enc.encode(encoding);
    out.int32(7).int32(20).int32(1).int32(b.length).raw(b);
  }
  out.int32(999).int32(0);

  // Data.
  const slotValues = (row: (number | string | null)[]): (number | Uint8Array)[] =>
    variables.flatMap((v, i): (number | Uint8Array)[] => {
      const value = row[i] ?? null;
      if (!v.width) return [typeof value === 'number' ? value : SYSMIS];
      const n = slotsOf(v);
      const b = new Uint8Array(n * 8).fill(0x20);
      if (value !== null) b.set(enc.encode(String(value)).subarray(0, v.width));
      return Array.from({ length: n }, (_, k) => b.subarray(k * 8, k * 8 + 8));
    });

  if (compression === 0) {
    for (const row of cases) {
      for (const value of slotValues(row)) {
        if (typeof value === 'number') out.float64(value);
        else out.raw(value);
      }
    }
    return out.done();
  }

  // Bytecode compression: blocks of 8 codes, each followed by its raw values.
  let codes: number[] = [];
  let pending: Uint8Array[] = [];
  const flush = () => {
    while (codes.length < 8) codes.push(0);
    out.raw(Uint8Array.from(codes));
    for (const p of pending) out.raw(p);
    codes = [];
    pending = [];
  };
  const push = (code: number, raw?: Uint8Array) => {
    codes.push(code);
    if (raw) pending.push(raw);
    if (codes.length === 8) flush();
  };
  for (const row of cases) {
    for (const value of slotValues(row)) {
      if (typeof value === 'number') {
        if (value === SYSMIS) push(255);
        else if (Number.isInteger(value) && value + BIAS >= 1 && value + BIAS <= 251)
          push(value + BIAS);
        else {
          const b = new Uint8Array(8);
          new DataView(b.buffer).setFloat64(0, value, true);
          push(253, b);
        }
      } else if (value.every((x) => x === 0x20)) push(254);
      else push(253, value);
    }
  }
  push(252);
  if (codes.length > 0) flush();
  return out.done();
}
