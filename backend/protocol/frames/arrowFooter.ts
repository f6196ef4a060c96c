/**
 * The IPC file Footer: the schema plus the Block of the one RecordBatch. Frames of one query shape share
 * their schema (fields, labels, config, meta), and writing it was the larger half of encoding a small
 * frame, so footers are kept per schema text and only the Block's lengths are written per frame.
 */
import { schemaText, writeSchema, type SchemaText } from './arrowSchema';
import { FlatBuilder } from './flatBuilder';
import type { Frame } from './frame';

export interface Block {
  offset: number;
  metaDataLength: number;
  bodyLength: number;
}

export interface FooterTemplate {
  bytes: Uint8Array;
  /** Where the Block struct starts in `bytes`: offset int64, metaDataLength int32, 4 pad, bodyLength int64. */
  blockAt: number;
}

const METADATA_V5 = 4;
/** Distinct schemas kept; a dashboard has far fewer. Past that the cache starts over. */
const MAX_TEMPLATES = 256;

const templates = new Map<string, FooterTemplate>();
const builder = new FlatBuilder();

function buildTemplate(text: SchemaText): FooterTemplate {
  const b = builder;
  b.reset();
  const schema = writeSchema(b, text);
  const dictionaries = b.blockVector([]);
  const batches = b.blockVector([{ offset: 0, metaDataLength: 0, bodyLength: 0 }]);
  b.startTable(5);
  b.fieldReference(1, schema);
  b.fieldReference(2, dictionaries);
  b.fieldReference(3, batches);
  b.fieldInt16(0, METADATA_V5);
  // A copy: the builder is reused.
  const bytes = new Uint8Array(b.finish(b.endTable()));
  // A builder offset counts from the end; the vector's 4-byte length comes first, then the struct.
  return { bytes, blockAt: bytes.length - batches + 4 };
}

/** Length-prefixed strings: unambiguous whatever they contain, and cheaper than JSON.stringify of the whole. */
function keyOf(text: SchemaText): string {
  const part = (s: string) => `${s.length}:${s}`;
  let key = '';
  for (const [k, v] of text.metadata) {
    key += part(k) + part(v);
  }
  for (const field of text.fields) {
    key += `|${part(field.name)}${field.type}`;
    for (const [k, v] of field.metadata) {
      key += part(k) + part(v);
    }
  }
  return key;
}

export function footerTemplate(frame: Frame): FooterTemplate {
  const text = schemaText(frame);
  const key = keyOf(text);
  let template = templates.get(key);
  if (!template) {
    template = buildTemplate(text);
    if (templates.size >= MAX_TEMPLATES) {
      templates.clear();
    }
    templates.set(key, template);
  }
  return template;
}

/** Writes the Block of a footer copied to `footerAt`. */
export function writeBlock(view: DataView, footerAt: number, template: FooterTemplate, block: Block): void {
  const at = footerAt + template.blockAt;
  view.setBigInt64(at, BigInt(block.offset), true);
  view.setInt32(at + 8, block.metaDataLength, true);
  view.setBigInt64(at + 16, BigInt(block.bodyLength), true);
}
