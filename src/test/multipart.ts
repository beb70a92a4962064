import { randomBytes } from 'node:crypto';

/** One file part of a test request. */
export interface TestFilePart {
  field: string;
  name: string;
  data: Uint8Array;
  type?: string;
}

/** A multipart/form-data body for app.inject: text fields first, then the files. */
export function multipart(
  fields: Record<string, string>,
  files: readonly TestFilePart[] = [],
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----weerbaar${randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      ),
    );
  }
  for (const f of files) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${f.field}"; filename="${f.name}"\r\nContent-Type: ${f.type ?? 'application/octet-stream'}\r\n\r\n`,
      ),
      Buffer.from(f.data),
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
