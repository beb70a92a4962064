import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../demo/demo-organisations';
import { AppError } from '../errors/app-error';
import { assertStrongPassword, judgePassword, MIN_PASSWORD_LENGTH } from './password-policy';

describe('password policy', () => {
  it.each([
    ['kort-maar1', 'too_short'],
    ['wachtwoord12', 'common'],
    ['welkomwelkom123', 'guessable'],
    ['fietsenstalling', 'common'],
    ['gemeentehuis2026', 'common'],
    ['password1234', 'common'],
    ['qwertyuiopasdf', 'common'],
    ['Wachtwoord2026!', 'common'],
    ['janssen.gemeente1', 'personal'],
    ['PietJ-2026-Zomer!', 'personal'],
    ['x'.repeat(257), 'too_long'],
  ])('refuses %s (%s)', async (password, problem) => {
    const verdict = await judgePassword(password, {
      email: 'p.janssen@gemeente.example.nl',
      displayName: 'Piet Janssen',
    });
    expect(verdict).toMatchObject({ ok: false, problem });
    expect(verdict.message).toBeTruthy();
  });

  it.each([
    DEMO_PASSWORD,
    'hallo daar vriend',
    'Zomervakantie2026!',
    'kX9#mP2vL8qZ',
    'paars konijn fluit zacht',
  ])('accepts %s', async (password) => {
    expect(await judgePassword(password)).toEqual({ ok: true });
  });

  it('says why in Dutch, naming the field, with a code the web app translates', async () => {
    const error = await assertStrongPassword('kort', 'body.newPassword').catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe('validation_failed');
    expect(error.message).toContain(`minstens ${MIN_PASSWORD_LENGTH} tekens`);
    expect(error.fieldErrors).toEqual([
      { field: 'body.newPassword', message: expect.stringContaining('te kort') },
    ]);
    expect(error.extra).toMatchObject({ passwordProblem: 'too_short' });
    const common = await assertStrongPassword('wachtwoord12345', 'body.newPassword').catch(
      (e) => e,
    );
    expect(common.fieldErrors[0].message).toContain('veelgebruikt');
  });
});
