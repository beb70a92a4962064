import { z } from 'zod';

export const Contact = z.object({
  email: z.email().max(254).nullable().describe('Contact address for members and reporters'),
  phone: z
    .string()
    .trim()
    .max(30)
    .regex(/^[0-9 +()-]*$/, 'alleen cijfers, spaties, + ( ) en -')
    .nullable()
    .describe('Contact telephone number'),
});

export const ProfileBody = z
  .object({
    name: z.string().trim().min(1).max(200).describe('Name of the organisation'),
    contact: Contact.strict(),
  })
  .strict();
export type ProfileBody = z.infer<typeof ProfileBody>;

export const Profile = ProfileBody.extend({
  code: z.string(),
  theme: z.record(z.string(), z.string()),
});
