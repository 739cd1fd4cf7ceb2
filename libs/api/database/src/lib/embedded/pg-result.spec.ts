import { toPgResult } from './pg-result';

describe('toPgResult', () => {
  const fields = [{ name: 'id', dataTypeID: 23 }];
  it('passes through the command and per-statement row count', () => {
    expect(toPgResult({ rows: [], fields, command: 'UPDATE', rowCount: 3, affectedRows: 4 })).toEqual({
      command: 'UPDATE',
      rowCount: 3,
      rows: [],
      fields,
    });
  });

  it('counts rows when no row count is reported', () => {
    expect(toPgResult({ rows: [{ id: 1 }, { id: 2 }], fields })).toMatchObject({ command: '', rowCount: 2 });
  });
});
