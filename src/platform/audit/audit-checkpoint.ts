import type { KeyObject } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../db/database';
import type { Anchor } from './audit-chain';
import { type AuditKeys, verifySignature } from './audit-key';

/** Folder inside the data folder that holds the checkpoint files. */
export const CHECKPOINT_FOLDER = 'audit-checkpoints';
/** The public key that checks every checkpoint signature, beside the checkpoint files. */
export const PUBLIC_KEY_FILE = 'public-key.pem';

/** A chain head anchored outside the database, signed with the audit signing key. */
export interface Checkpoint {
  chain: string;
  seq: number;
  hash: string;
  /** When the checkpoint was taken (ISO 8601). */
  at: string;
  /** Ed25519 signature (base64) over `signedText(...)`. */
  sig: string;
}

/** The exact text a checkpoint signature covers. */
export function signedText(c: Omit<Checkpoint, 'sig'>): string {
  return JSON.stringify(['weerbaar-audit-checkpoint-v1', c.chain, c.seq, c.hash, c.at]);
}

export interface BadCheckpoint {
  file: string;
  line: number;
}

/**
 * Checkpoint files, one per chain: `<chain>.jsonl`, one signed JSON line per
 * checkpoint, appended only (ADR 0019).
 */
export class CheckpointStore {
  /** Newest checkpointed seq per chain, as far as this process knows. */
  private readonly newest = new Map<string, number>();

  constructor(readonly dir: string) {}

  private fileOf(chain: string): string {
    return path.join(this.dir, `${chain}.jsonl`);
  }

  /**
   * Append a checkpoint for every chain whose head moved past its newest checkpoint.
   * Returns the checkpoints written.
   */
  async write(db: Db, keys: AuditKeys, now = new Date()): Promise<Checkpoint[]> {
    const heads = await db
      .selectFrom('audit_chain')
      .selectAll()
      .where('last_seq', '>', 0)
      .orderBy('organisation_id')
      .execute();
    fs.mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    fs.writeFileSync(path.join(this.dir, PUBLIC_KEY_FILE), keys.publicKeyPem);
    const written: Checkpoint[] = [];
    for (const head of heads) {
      const chain = head.organisation_id;
      const known = this.newest.get(chain) ?? this.newestInFile(chain);
      const seq = Number(head.last_seq);
      if (seq <= known) continue;
      const unsigned = { chain, seq, hash: head.last_hash, at: now.toISOString() };
      const checkpoint = { ...unsigned, sig: keys.sign(signedText(unsigned)) };
      fs.appendFileSync(this.fileOf(chain), `${JSON.stringify(checkpoint)}\n`, { mode: 0o600 });
      this.newest.set(chain, seq);
      written.push(checkpoint);
    }
    return written;
  }

  private newestInFile(chain: string): number {
    const file = this.fileOf(chain);
    if (!fs.existsSync(file)) return 0;
    const lines = fs.readFileSync(file, 'utf8').trim().split('\n');
    const last = lines[lines.length - 1];
    try {
      return last ? Number((JSON.parse(last) as Checkpoint).seq) || 0 : 0;
    } catch {
      return 0;
    }
  }

  /**
   * Every checkpoint whose signature holds, per chain; lines that do not parse or
   * whose signature fails are returned apart, as a verification failure of their own.
   */
  read(publicKey: KeyObject): { anchors: Map<string, Anchor[]>; bad: BadCheckpoint[] } {
    const anchors = new Map<string, Anchor[]>();
    const bad: BadCheckpoint[] = [];
    if (!fs.existsSync(this.dir)) return { anchors, bad };
    for (const name of fs.readdirSync(this.dir).sort()) {
      if (!name.endsWith('.jsonl')) continue;
      const file = path.join(this.dir, name);
      const chain = name.slice(0, -'.jsonl'.length);
      const list: Anchor[] = [];
      fs.readFileSync(file, 'utf8')
        .split('\n')
        .forEach((text, i) => {
          if (!text.trim()) return;
          const c = parseCheckpoint(text);
          if (!c || c.chain !== chain || !verifySignature(publicKey, signedText(c), c.sig)) {
            bad.push({ file, line: i + 1 });
            return;
          }
          list.push({ seq: c.seq, hash: c.hash });
        });
      anchors.set(chain, list);
    }
    return { anchors, bad };
  }
}

function parseCheckpoint(text: string): Checkpoint | null {
  try {
    const c = JSON.parse(text) as Partial<Checkpoint>;
    if (
      typeof c.chain === 'string' &&
      typeof c.seq === 'number' &&
      typeof c.hash === 'string' &&
      typeof c.at === 'string' &&
      typeof c.sig === 'string'
    ) {
      return { chain: c.chain, seq: c.seq, hash: c.hash, at: c.at, sig: c.sig };
    }
  } catch {
    // reported as a bad line
  }
  return null;
}
