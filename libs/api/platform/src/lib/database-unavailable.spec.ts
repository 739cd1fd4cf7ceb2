import { isDatabaseUnavailable } from './database-unavailable';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['a server shutting down (57P01)', withCode('terminating connection due to administrator command', '57P01')],
    ['a server starting up (57P03)', withCode('the database system is starting up', '57P03')],
    ['a refused connection', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['a connection exception of SQLSTATE class 08', withCode('connection failure', '08006')],
    ['a dropped connection without a code', new Error('Connection terminated unexpectedly')],
    ['a pool that cannot connect in time', new Error('timeout exceeded when trying to connect')],
  ])('recognises %s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it('looks into TypeORM’s driverError and an error’s cause', () => {
    const driverError = withCode('the database system is shutting down', '57P03');
    expect(isDatabaseUnavailable(Object.assign(new Error('Query failed'), { driverError }))).toBe(true);
    expect(isDatabaseUnavailable(new Error('wrapped', { cause: driverError }))).toBe(true);
  });

  it.each([
    ['a unique violation', withCode('duplicate key value violates unique constraint', '23505')],
    ['a syntax error', withCode('syntax error at or near "SELEC"', '42601')],
    ['a serialization failure', withCode('could not serialize access', '40001')],
    ['a plain bug', new TypeError('Cannot read properties of undefined')],
    ['a non-error value', 'ECONNREFUSED'],
    ['null', null],
  ])('leaves %s to the 500 path', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
