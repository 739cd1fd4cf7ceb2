import { neutraliseFormula, startsLikeFormula } from './formula-guard';

describe('formula guard', () => {
  it.each(['=1+1', '+1', '-1', '@A1', '\t=1', '\r=1'])('neutralises %j', (text) => {
    expect(startsLikeFormula(text)).toBe(true);
    expect(neutraliseFormula(text)).toBe(`'${text}`);
  });

  it('leaves ordinary text alone', () => {
    expect(neutraliseFormula('Landkreis Mayen-Koblenz')).toBe('Landkreis Mayen-Koblenz');
    expect(neutraliseFormula('')).toBe('');
  });
});
