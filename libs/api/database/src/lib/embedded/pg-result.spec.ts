import { toPgResult } from './pg-result';

describe('toPgResult', () => {
  const fields = [{ name: 'id', dataTypeID: 23 }];
  it('counts rows for SELECT and affected rows for writes', () => {
    expect(toPgResult('SELECT 1', { rows: [{ id: 1 }, { id: 2 }], fields, affectedRows: 0 })).toMatchObject({
      command: 'SELECT',
      rowCount: 2,
    });
    expect(toPgResult('  update t set x = 1', { rows: [], fields: [], affectedRows: 3 })).toMatchObject({
      command: 'UPDATE',
      rowCount: 3,
    });
    expect(toPgResult('-- note\nDELETE FROM t', { rows: [], fields: [], affectedRows: 1 })).toMatchObject({
      command: 'DELETE',
      rowCount: 1,
    });
    expect(toPgResult('/* x */ INSERT INTO t VALUES (1)', { rows: [], fields: [] })).toMatchObject({
      command: 'INSERT',
      rowCount: 0,
    });
  });
});
