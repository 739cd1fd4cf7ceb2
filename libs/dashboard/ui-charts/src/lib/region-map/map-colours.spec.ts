import { MISSING_STROKE, SEQUENTIAL_COLOURS, classColours, contrastRatio } from './map-colours';

describe('map colours', () => {
  it('has five colours, light to dark, each with at least 3:1 against white', () => {
    expect(SEQUENTIAL_COLOURS).toHaveLength(5);
    const ratios = SEQUENTIAL_COLOURS.map((colour) => contrastRatio(colour, '#ffffff'));
    ratios.forEach((ratio) => expect(ratio).toBeGreaterThanOrEqual(3));
    expect([...ratios].sort((a, b) => a - b)).toEqual(ratios);
  });

  it('hatches missing values with lines of at least 4.5:1', () => {
    expect(contrastRatio(MISSING_STROKE, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBe(21);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
  });

  it('spreads fewer classes over the whole ramp', () => {
    expect(classColours(5)).toEqual([...SEQUENTIAL_COLOURS]);
    expect(classColours(3)).toEqual([SEQUENTIAL_COLOURS[0], SEQUENTIAL_COLOURS[2], SEQUENTIAL_COLOURS[4]]);
    expect(classColours(1)).toEqual([SEQUENTIAL_COLOURS[2]]);
  });
});
