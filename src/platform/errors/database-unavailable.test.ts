import { describe, expect, it } from 'vitest';
import { AppError } from './app-error';
import { isDatabaseUnavailable } from './database-unavailable';
import { toAppError } from './problem-details';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('database unavailable errors', () => {
  it.each([
    ['refused connection', withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    [
      'terminated backend (57P01)',
      withCode('57P01', 'terminating connection due to administrator command'),
    ],
    ['server starting up (57P03)', withCode('57P03', 'the database system is starting up')],
    ['connection exception (08006)', withCode('08006', 'connection failure')],
    ['pool connect timeout', new Error('timeout exceeded when trying to connect')],
    ['lost socket', new Error('Connection terminated unexpectedly')],
    ['dead client', new Error('Client has encountered a connection error and is not queryable')],
    [
      'every address refused (Node happy eyeballs)',
      new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')], ''),
    ],
    ['wrapped in a cause', new Error('report failed', { cause: withCode('57P01') })],
  ])('maps %s to a 503 problem', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
    const appError = toAppError(error);
    expect(appError).toBeInstanceOf(AppError);
    expect(appError).toMatchObject({ code: 'unavailable', status: 503 });
  });

  it.each([
    ['unique violation', withCode('23505', 'duplicate key value violates unique constraint')],
    ['syntax error', withCode('42601', 'syntax error at or near "selec"')],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
  ])('keeps %s a 500: it is not an outage', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
    expect(toAppError(error)).toMatchObject({ code: 'internal', status: 500 });
  });
});
