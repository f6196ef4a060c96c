import { evaluateMath, mathRefs } from './mathExpression';

describe('evaluateMath', () => {
  it.each([
    ['$C - 2 * $D', { C: 5, D: 2 }, 1],
    ['$C - 0.5 * $D', { C: 1, D: 4 }, -1],
    ['$B > 0.15 && $B <= 0.25', { B: 0.25 }, 1],
    ['$B > 0.15 && $B <= 0.25', { B: 0.15 }, 0],
    ['($A + 1) / 2', { A: 3 }, 2],
    ['-$A || 0', { A: 0 }, 0],
  ])('%s with %j is %d', (text, vars, expected) => {
    expect(evaluateMath(text, vars)).toBe(expected);
  });

  it('names the references', () => {
    expect(mathRefs('$C - 2 * ${D}')).toEqual(['C', 'D']);
  });

  it('rejects what it does not understand', () => {
    expect(() => evaluateMath('abs($A)', { A: 1 })).toThrow(/Unsupported/);
    expect(() => evaluateMath('$X', {})).toThrow(/Unknown reference/);
  });
});
