#!/usr/bin/env node
// Entry point for `npx weerbaar`: runs the TypeScript CLI through tsx.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

register();
process.env.WEERBAAR_CLI = '1';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
await import(pathToFileURL(path.join(root, 'src/cli.ts')).href);
