/**
 * A key of a memoized function: an object (held weakly), undefined (e.g. a record kind not set up) or a
 * small-cardinality primitive such as an option.
 */
export type MemoKey = object | string | number | boolean | undefined;

interface MemoNode {
  objects?: WeakMap<object, MemoNode>;
  primitives?: Map<MemoKey, MemoNode>;
  computed: boolean;
  value?: unknown;
}

function child(node: MemoNode, key: MemoKey): MemoNode {
  const isObject = typeof key === 'object' && key !== null;
  let next = isObject ? node.objects?.get(key) : node.primitives?.get(key);
  if (next === undefined) {
    next = { computed: false };
    if (isObject) {
      (node.objects ??= new WeakMap()).set(key, next);
    } else {
      (node.primitives ??= new Map()).set(key, next);
    }
  }
  return next;
}

/**
 * Caches a pure function by the identity of its arguments. Record arrays are immutable for the engine, so
 * one computation per array (e.g. the production deployments of a RecordSet) serves every metric of a request
 * and of later requests over the same records; object keys are held weakly, so the cache dies with the records.
 * Callers must treat the (shared) result as read-only. Primitive keys must be few (options, not instants).
 *
 * @example const sortedOf = memoize((xs: readonly number[]) => [...xs].sort()); sortedOf(a) === sortedOf(a) // true
 */
export function memoize<A extends MemoKey[], V>(compute: (...args: A) => V): (...args: A) => V {
  const root: MemoNode = { computed: false };
  return (...args: A): V => {
    const node = args.reduce<MemoNode>(child, root);
    if (!node.computed) {
      node.value = compute(...args);
      node.computed = true;
    }
    return node.value as V;
  };
}
