/**
 * A query's JSON model parsed once per distinct text: Grafana sends the same few texts again and again
 * (one per panel), and memo keys need both the model and its text without the refId.
 */

export interface QueryJson {
  /** Shared between callers: read it, never change it. */
  model: Readonly<Record<string, unknown>>;
  /** The model without its refId, as JSON. */
  withoutRefId: string;
}

/** Distinct texts remembered; past that the cache starts over. */
const MAX_TEXTS = 1024;
const parsed = new Map<string, QueryJson | null>();

function parse(text: string): QueryJson | null {
  let model: unknown;
  try {
    model = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof model !== 'object' || model === null || Array.isArray(model)) {
    return null;
  }
  const { refId: _refId, ...rest } = model as Record<string, unknown>;
  return { model: Object.freeze(model as Record<string, unknown>), withoutRefId: JSON.stringify(rest) };
}

/** Undefined when the JSON is not an object (the query handler reports why). */
export function queryJson(json: Uint8Array): QueryJson | undefined {
  const text = Buffer.from(json.buffer, json.byteOffset, json.byteLength).toString('utf8');
  let entry = parsed.get(text);
  if (entry === undefined) {
    entry = parse(text);
    if (parsed.size >= MAX_TEXTS) {
      parsed.clear();
    }
    parsed.set(text, entry);
  }
  return entry ?? undefined;
}
