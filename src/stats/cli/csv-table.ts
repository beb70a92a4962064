/** What readCsv returns, and the error it throws for a problem in the file. */

/** How a column is read. */
export type ColumnKind =
  /** A decimal number; blank or NA is missing (NaN). */
  | 'number'
  /** 0 or 1; blank or NA is missing (NaN); anything else is an error. */
  | 'indicator'
  /** A label, kept as an index into the column's list of distinct values; blank or NA is -1. */
  | 'category'
  /** Not read. */
  | 'skip';

/** A category column: per-row codes into levels, -1 for blank. */
export interface CategoryColumn {
  codes: Int32Array;
  /** Distinct values in order of first appearance. */
  levels: string[];
  /** Line of each level's first appearance, for messages. */
  firstLine: number[];
}

/** The parsed table. */
export interface CsvTable {
  header: string[];
  delimiter: ',' | ';' | '\t';
  rows: number;
  /** Physical line number (1-based, the header is line 1) where each data row starts. */
  lines: Int32Array;
  /** Number and indicator columns by column index. */
  numbers: Map<number, Float64Array>;
  /** Category columns by column index. */
  categories: Map<number, CategoryColumn>;
}

/** A problem in the file, with where it is. */
export class CsvError extends Error {
  override name = 'CsvError';
  constructor(
    message: string,
    /** 1-based physical line. */
    readonly line?: number,
    /** Column name from the header. */
    readonly column?: string,
    /** 1-based column position. */
    readonly columnNumber?: number,
  ) {
    super(message);
  }

  /** The message with its location in front, e.g. `line 7, column "weight" (2): ...`. */
  describe(): string {
    const where: string[] = [];
    if (this.line !== undefined) where.push(`line ${this.line}`);
    if (this.column !== undefined) where.push(`column "${this.column}" (${this.columnNumber})`);
    return where.length ? `${where.join(', ')}: ${this.message}` : this.message;
  }
}
