import { invalidJsonMessage, jsonErrorLocation, lineAndColumn } from './admin-labels';

describe('admin-labels', () => {
  it('turns a parser position into line and column', () => {
    expect(lineAndColumn('{\n  "a": 1,\n}', 12)).toEqual({ line: 3, column: 1 });
    expect(lineAndColumn('abc', 0)).toEqual({ line: 1, column: 1 });
  });

  it('reads the position of V8 and Firefox messages and the end of the input', () => {
    expect(jsonErrorLocation('Unexpected token } in JSON at position 4', '{"a"}')).toEqual({ line: 1, column: 5 });
    expect(jsonErrorLocation('JSON.parse: unexpected character at line 2 column 3 of the JSON data', '')).toEqual({
      line: 2,
      column: 3,
    });
    expect(jsonErrorLocation('Unexpected end of JSON input', '{\n"a":')).toEqual({ line: 2, column: 5 });
    expect(jsonErrorLocation('Unexpected token', 'x')).toBeNull();
  });

  it('says in German what is wrong', () => {
    expect(invalidJsonMessage('Unexpected end of JSON input', '   ')).toBe('Die Datei ist leer.');
    expect(invalidJsonMessage('Unexpected token } in JSON at position 4', '{"a"}')).toBe(
      'Die Datei enthält kein gültiges JSON: Fehler in Zeile 1, Spalte 5.',
    );
    expect(invalidJsonMessage('odd', 'x')).toBe('Die Datei enthält kein gültiges JSON.');
  });
});
