import { z } from 'zod';

export const LogoSaved = z.object({
  mediaType: z
    .enum(['image/png', 'image/jpeg', 'image/svg+xml'])
    .describe('The type recognised from the bytes'),
  bytes: z.number().int().describe('Size of the stored logo in bytes'),
  logoUrl: z.string().describe('Public address of the new logo (versioned)'),
});

export const PublicLogoParams = z.object({
  code: z
    .string()
    .min(2)
    .max(20)
    .regex(/^[A-Za-z0-9_-]+$/, 'alleen letters, cijfers, - en _')
    .describe('Organisation code, e.g. GM0344'),
});
