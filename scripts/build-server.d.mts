import type { Metafile } from 'esbuild';

/** dist/server: where `npm run build:server` puts the compiled server and CLI. */
export const SERVER_DIR: string;

/** Compile src/cli.ts and what it imports into outDir (default SERVER_DIR); returns the import graph. */
export function buildServer(options?: { outDir?: string }): Promise<Metafile>;
