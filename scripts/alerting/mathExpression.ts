/**
 * A small evaluator for Grafana server-side math expressions as our rules use them: numbers, `$REF`,
 * + - * /, comparisons (> >= < <= == !=), && || and parentheses. Comparisons and logic give 1 or 0.
 *
 * @example evaluateMath('$C - 2 * $D', { C: 5, D: 2 }) // 1
 */
type Token = { kind: 'num'; value: number } | { kind: 'ref'; name: string } | { kind: 'op'; op: string };

const OPS = ['&&', '||', '>=', '<=', '==', '!=', '>', '<', '+', '-', '*', '/', '(', ')'];

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const space = /^\s+/.exec(rest);
    const num = /^\d+(\.\d+)?([eE][-+]?\d+)?/.exec(rest);
    const ref = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/.exec(rest);
    const op = OPS.find((o) => rest.startsWith(o));
    if (space) {
      i += space[0].length;
    } else if (num) {
      tokens.push({ kind: 'num', value: Number(num[0]) });
      i += num[0].length;
    } else if (ref) {
      tokens.push({ kind: 'ref', name: ref[1] });
      i += ref[0].length;
    } else if (op) {
      tokens.push({ kind: 'op', op });
      i += op.length;
    } else {
      throw new Error(`Unsupported math expression at "${rest}" in "${text}"`);
    }
  }
  return tokens;
}

/** The refIds an expression reads. */
export function mathRefs(text: string): string[] {
  return [...new Set(tokenize(text).flatMap((t) => (t.kind === 'ref' ? [t.name] : [])))];
}

const BINARY: Array<Record<string, (a: number, b: number) => number>> = [
  { '||': (a, b) => Number(a !== 0 || b !== 0) },
  { '&&': (a, b) => Number(a !== 0 && b !== 0) },
  {
    '>': (a, b) => Number(a > b),
    '>=': (a, b) => Number(a >= b),
    '<': (a, b) => Number(a < b),
    '<=': (a, b) => Number(a <= b),
    '==': (a, b) => Number(a === b),
    '!=': (a, b) => Number(a !== b),
  },
  { '+': (a, b) => a + b, '-': (a, b) => a - b },
  { '*': (a, b) => a * b, '/': (a, b) => a / b },
];

export function evaluateMath(text: string, vars: Record<string, number>): number {
  const tokens = tokenize(text);
  let pos = 0;
  const peekOp = () => {
    const t = tokens[pos];
    return t?.kind === 'op' ? t.op : undefined;
  };
  const primary = (): number => {
    const t = tokens[pos++];
    if (!t) {
      throw new Error(`Unexpected end of "${text}"`);
    }
    if (t.kind === 'num') {
      return t.value;
    }
    if (t.kind === 'ref') {
      const value = vars[t.name];
      if (value === undefined) {
        throw new Error(`Unknown reference $${t.name} in "${text}"`);
      }
      return value;
    }
    if (t.op === '(') {
      const value = level(0);
      if (tokens[pos++]?.kind !== 'op') {
        throw new Error(`Missing ) in "${text}"`);
      }
      return value;
    }
    if (t.op === '-') {
      return -primary();
    }
    throw new Error(`Unexpected "${t.op}" in "${text}"`);
  };
  const level = (n: number): number => {
    if (n === BINARY.length) {
      return primary();
    }
    let left = level(n + 1);
    for (let op = peekOp(); op !== undefined && BINARY[n][op]; op = peekOp()) {
      pos++;
      left = BINARY[n][op](left, level(n + 1));
    }
    return left;
  };
  const result = level(0);
  if (pos !== tokens.length) {
    throw new Error(`Trailing input in "${text}"`);
  }
  return result;
}
