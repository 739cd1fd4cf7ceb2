/**
 * docs/SCORING.md explains the calculation to state staff with the worked example of WORKED-EXAMPLE.md. Its
 * summary table (between the scoring-summary markers) must say what scoreResponse computes, so the page can
 * never drift from the code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VERBANDSGEMEINDE_EXAMPLE } from '../../testing/worked-example';
import { scoreDefault } from '../../testing/scoring-helpers';
import { maturityLevelName, roundScoreForDisplay } from './maturity-level';
import type { FieldStatus, ResponseScore } from './score-result';

// libs/shared/scoring/src/lib/scoring → workspace root is six levels up.
const DOC_PATH = join(__dirname, '../../../../../../docs/SCORING.md');

interface SummaryRow {
  code: string;
  score: string;
  shown: string;
  level: string;
}

function summaryRows(markdown: string): SummaryRow[] {
  const start = markdown.indexOf('<!-- scoring-summary:start -->');
  const end = markdown.indexOf('<!-- scoring-summary:end -->');
  if (start < 0 || end < start) throw new Error('docs/SCORING.md has no scoring-summary table');
  return markdown
    .slice(start, end)
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    )
    .filter((cells) => !cells[0].startsWith('-') && cells[0] !== 'Code')
    .map(([code, , score, shown, level]) => ({ code, score, shown, level }));
}

/** What the summary table must say for a score that exists or a field without one. */
function expectedRow(code: string, score: number | null, level: number | null, status: FieldStatus): SummaryRow {
  if (score === null || level === null) {
    const label = status === 'incomplete' ? 'unvollständig' : 'nicht bewertbar';
    return { code, score: label, shown: '–', level: '–' };
  }
  return {
    code,
    score: score.toFixed(2),
    shown: String(roundScoreForDisplay(score)),
    level: `${level} ${maturityLevelName(level as 1 | 2 | 3 | 4 | 5)}`,
  };
}

function expectedRows(result: ResponseScore): SummaryRow[] {
  return [
    ...result.fields.map((f) => expectedRow(f.section, f.score, f.maturityLevel, f.status)),
    expectedRow('INDEX', result.index.score, result.index.gatedMaturityLevel, result.index.status),
    expectedRow('PRIO', result.priorityIndex.score, result.priorityIndex.maturityLevel, 'notAssessable'),
  ];
}

describe('docs/SCORING.md', () => {
  const markdown = readFileSync(DOC_PATH, 'utf8');
  const result = scoreDefault(VERBANDSGEMEINDE_EXAMPLE, { referencePopulation: 18200 });

  it('its summary table of the worked example equals what scoreResponse computes', () => {
    expect(summaryRows(markdown)).toEqual(expectedRows(result));
  });

  it('the table has the fields of the example, "unvollständig" SEN, the index and the priority index', () => {
    expect(summaryRows(markdown).map((r) => `${r.code} ${r.score}`)).toEqual([
      'A 56.82',
      'VER 41.67',
      'INF 53.00',
      'BIL 75.00',
      'WIR 8.33',
      'TOU 66.67',
      'SEN unvollständig',
      'SOZ 25.00',
      'ORT 75.00',
      'ALL 65.00',
      'INDEX 55.37',
      'PRIO 54.63',
    ]);
  });

  it('states the VER arithmetic of "why are we at 42?" in both languages', () => {
    expect(markdown).toContain('100 · (35/12) / 7 = 41,67  → angezeigt 42, Reifegrad 3 „Im Aufbau“');
    expect(markdown).toContain('100 · 2.917 / 7 = 41.67, shown 42, level 3 Im Aufbau.');
  });
});
