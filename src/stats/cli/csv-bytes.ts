/**
 * The bytes the CSV reader looks for. The reader compares raw UTF-8 bytes
 * rather than decoded characters, so every module that scans uses these.
 */

export const QUOTE = 0x22;
export const COMMA = 0x2c;
export const SEMICOLON = 0x3b;
export const TAB = 0x09;
export const LF = 0x0a;
export const CR = 0x0d;
export const SPACE = 0x20;
export const DOT = 0x2e;
export const ZERO = 0x30;
export const ONE = 0x31;
export const NINE = 0x39;
