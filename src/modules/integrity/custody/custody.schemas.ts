import { z } from 'zod';

export const CustodiansBody = z
  .object({
    personIds: z
      .array(z.uuid())
      .min(1)
      .max(20)
      .describe('Members who approve unmasking and each hold one share of the integrity key'),
  })
  .strict();

export const ShareBody = z
  .object({
    share: z
      .string()
      .trim()
      .min(1, 'verplicht')
      .max(2000)
      .describe('The key share text: WBS2-… (or WBS1-… from before ADR 0026)'),
  })
  .strict();

export const SplitResult = z.object({
  setId: z.uuid(),
  keyVersions: z.array(z.number()).describe('Integrity key versions covered by this split'),
  threshold: z.number().describe('Shares needed to restore the key'),
  shares: z.number().describe('Shares made, one per custodian'),
});

export const MyShare = z.object({
  setId: z.uuid(),
  createdAt: z.string(),
  keyVersions: z.array(z.number()),
  collected: z.boolean(),
  collectedAt: z.string().nullable(),
});

export const CollectedShare = z.object({
  setId: z.uuid(),
  share: z.string().describe('Shown once; Weerbaar wipes its copy. Keep it offline.'),
});

export const RecoveryOutcome = z.object({
  status: z.enum(['collecting', 'completed']),
  sharesReceived: z.number().optional(),
  needed: z.number().optional(),
  expiresAt: z.string().optional(),
  restoredVersions: z.array(z.number()).optional(),
});

export const CustodyStatus = z.object({
  isCustodian: z.boolean(),
  canManage: z.boolean(),
  candidates: z
    .array(z.object({ personId: z.uuid(), displayName: z.string() }))
    .describe('Members who could be designated (managers only)'),
  custodians: z.array(z.object({ personId: z.uuid(), displayName: z.string() })),
  shareSet: z
    .object({
      id: z.uuid(),
      createdAt: z.string(),
      keyVersions: z.array(z.number()),
      threshold: z.number(),
      shares: z.array(
        z.object({ custodian: z.string(), custodianId: z.uuid(), collected: z.boolean() }),
      ),
    })
    .nullable(),
  recovery: z
    .object({
      status: z.enum(['collecting', 'completed', 'failed', 'expired']),
      startedAt: z.string(),
      expiresAt: z.string(),
      completedAt: z.string().nullable(),
      waitingForSecondShare: z.boolean(),
    })
    .nullable(),
});
