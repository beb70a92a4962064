import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { split } from '../../../platform/crypto/legacy-shamir';
import { splitSecret } from '../../../platform/crypto/shamir';
import { decodeShare, encodeShare, keyCheckValue, shareFingerprint } from './share-codec';

describe('custodian share text', () => {
  it('round-trips and forgives spaces, line breaks and case', () => {
    const setId = randomUUID();
    const [share] = split(randomBytes(64), 3, 2);
    const text = encodeShare(setId, share!, 'WBS1');
    expect(text).toMatch(/^WBS1-[0-9a-f]{32}-01-[0-9a-f]{128}-[0-9a-f]{8}$/);
    const messy = `  ${text.slice(0, 40)}\n${text.slice(40).toUpperCase()} `;
    const decoded = decodeShare(messy);
    expect(decoded.setId).toBe(setId);
    expect(decoded.x).toBe(1);
    expect(Buffer.from(decoded.y)).toEqual(Buffer.from(share!.y));
  });

  it('writes new shares as WBS2 and keeps the format when a share is read back', async () => {
    const setId = randomUUID();
    const [share] = await splitSecret(randomBytes(64), 3, 2);
    const text = encodeShare(setId, share!);
    expect(text).toMatch(/^WBS2-[0-9a-f]{32}-[0-9a-f]{2}-[0-9a-f]{128}-[0-9a-f]{8}$/);
    const decoded = decodeShare(text.toLowerCase());
    expect(decoded).toMatchObject({ setId, format: 'WBS2', x: share!.x });
    expect(encodeShare(setId, decoded)).toBe(text);
    expect(decodeShare(encodeShare(setId, share!, 'WBS1')).format).toBe('WBS1');
  });

  it('catches a typing error by its check code', () => {
    const text = encodeShare(randomUUID(), split(randomBytes(32), 2, 2)[0]!);
    const i = 60;
    const typo = `${text.slice(0, i)}${text[i] === 'a' ? 'b' : 'a'}${text.slice(i + 1)}`;
    expect(() => decodeShare(typo)).toThrow(/tikfout/);
    expect(() => decodeShare('hello')).toThrow(/WBS1/);
  });

  it('fingerprints and check values depend on organisation and content', () => {
    const [a, b] = split(randomBytes(32), 2, 2) as [never, never];
    expect(shareFingerprint('o1', 's', a)).not.toBe(shareFingerprint('o1', 's', b));
    expect(shareFingerprint('o1', 's', a)).not.toBe(shareFingerprint('o2', 's', a));
    const key = randomBytes(32);
    expect(keyCheckValue('o1', [1], key)).not.toBe(keyCheckValue('o1', [1, 2], key));
  });
});
