import { z } from 'zod';
import { OrgParams, RoleSchema } from '../organisations.schemas';

/** Shortest password chosen through an invitation link. */
export const MIN_PASSWORD_LENGTH = 12;

const Token = z
  .string()
  .min(10)
  .max(200)
  .describe('The one-time token from the invitation link (the part after #)');

export const InvitationTokenBody = z.object({ token: Token }).strict();

export const RegisterByInvitationBody = z
  .object({
    token: Token,
    displayName: z.string().trim().min(1).max(200).describe('Name as shown to colleagues'),
    password: z
      .string()
      .min(MIN_PASSWORD_LENGTH)
      .max(1024)
      .describe(`New password, at least ${MIN_PASSWORD_LENGTH} characters`),
  })
  .strict();

export const InvitationView = z.object({
  organisationName: z.string().describe('Organisation the invitation is for'),
  organisationCode: z.string().describe('Its CBS/TOOI code'),
  roles: z.array(RoleSchema).describe('Roles granted on acceptance'),
  expiresAt: z.string().describe('Last moment the invitation can be accepted'),
  hasAccount: z
    .boolean()
    .describe('Whether the invited address has an account (then: log in and accept)'),
  suggestedName: z.string().nullable().describe('Name the inviting admin typed, if any'),
});

export const AcceptedInvitation = z.object({
  organisationId: z.uuid().describe('Organisation joined'),
  roles: z.array(RoleSchema).describe('Roles granted'),
});

export const RegisteredByInvitation = z.object({
  organisationId: z.uuid().describe('Organisation joined'),
  email: z.string().describe('Address of the new account; log in with it'),
});

/** What adding a member answers: the same whether or not the address has an account. */
export const InvitationSent = z.object({
  email: z.string().describe('Address the invitation was mailed to'),
  roles: z.array(RoleSchema).describe('Roles granted when the person accepts'),
  expiresAt: z.string().describe('The link works until this moment'),
});

export const OpenInvitation = InvitationSent.extend({
  id: z.uuid().describe('Invitation id'),
  createdAt: z.string(),
});

export const InvitationParams = OrgParams.extend({
  invitationId: z.uuid().describe('Invitation id'),
});
