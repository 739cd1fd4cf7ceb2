import { priorityMatrix } from './priority-cells';

describe('priorityMatrix', () => {
  it('places analytics profile rows (no fieldOfAction flag) and finds the focus fields, most urgent first', () => {
    const matrix = priorityMatrix([
      { title: 'Verwaltung', priority: 5, notRelevant: false, maturityLevel: 2, score: 35 },
      { title: 'Bildung', priority: 5, notRelevant: false, maturityLevel: 1, score: 12.5 },
      { title: 'Tourismus', priority: 1, notRelevant: false, maturityLevel: 4, score: 70 },
      { title: 'Soziales', priority: null, notRelevant: true, maturityLevel: 3, score: 50 },
      { title: 'Wirtschaft', priority: 3, notRelevant: false, maturityLevel: null, score: null },
      { title: 'Statistik', priority: 5, notRelevant: false, maturityLevel: 1, score: 5, fieldOfAction: false },
    ]);
    expect(matrix.cells[0]).toEqual([['Bildung'], ['Verwaltung'], [], [], []]);
    expect(matrix.cells[4]).toEqual([[], [], [], ['Tourismus'], []]);
    expect(matrix.focus).toEqual(['Bildung', 'Verwaltung']);
    expect(matrix.notRelevant).toEqual(['Soziales']);
    expect(matrix.unplaced).toEqual(['Wirtschaft']);
  });
});
