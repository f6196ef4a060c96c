import { QueryError, badRequest, downstreamError, isQueryError } from './errors';

describe('isQueryError', () => {
  it('recognises QueryErrors, also from another copy of the class (a separately bundled provider)', () => {
    class ForeignQueryError extends Error {
      constructor(
        message: string,
        readonly status: number,
        readonly source: 'plugin' | 'downstream'
      ) {
        super(message);
        this.name = 'QueryError';
      }
    }
    expect(isQueryError(badRequest('x'))).toBe(true);
    expect(isQueryError(downstreamError('y', 429))).toBe(true);
    expect(isQueryError(new ForeignQueryError('z', 401, 'downstream'))).toBe(true);
  });

  it.each([
    ['a plain error', new Error('boom')],
    ['an error named QueryError without status', Object.assign(new Error('x'), { name: 'QueryError' })],
    ['a look-alike object that is not an Error', { name: 'QueryError', status: 400, source: 'plugin', message: 'x' }],
    ['an unknown error source', Object.assign(new Error('x'), { name: 'QueryError', status: 400, source: 'elsewhere' })],
  ])('rejects %s', (_name, value) => {
    expect(isQueryError(value)).toBe(false);
  });

  it('keeps status and source on the class', () => {
    expect(new QueryError('m', 404, 'downstream')).toMatchObject({ status: 404, source: 'downstream', name: 'QueryError' });
  });
});
