/**
 * The Arrow Schema of a frame as FlatBuffers (Schema.fbs), with the metadata keys grafana-plugin-sdk-go
 * reads: schema `name`/`refId`/`meta`, field `tstype`/`labels`/`config`. Times are Timestamp(ns, no zone)
 * and never null; every other column is nullable, as the SDK's own frames are.
 */
import type { FlatBuilder } from './flatBuilder';
import type { Field, FieldType, Frame } from './frame';

/** Arrow's Type union tags (Schema.fbs). */
const TYPE_INT = 2;
const TYPE_FLOATING_POINT = 3;
const TYPE_UTF8 = 5;
const TYPE_BOOL = 6;
const TYPE_TIMESTAMP = 10;
const UNIT_NANOSECOND = 3;
const PRECISION_DOUBLE = 2;

interface ArrowType {
  tsType: string;
  nullable: boolean;
  tag: number;
  /** Writes the type's table (its parameters) and returns it. */
  write(b: FlatBuilder): number;
}

function table(b: FlatBuilder, fill: () => void, fieldCount: number): number {
  b.startTable(fieldCount);
  fill();
  return b.endTable();
}

export const ARROW_TYPES: Record<FieldType, ArrowType> = {
  time: { tsType: 'time', nullable: false, tag: TYPE_TIMESTAMP, write: (b) => table(b, () => b.fieldInt16(0, UNIT_NANOSECOND), 2) },
  float64: { tsType: 'number', nullable: true, tag: TYPE_FLOATING_POINT, write: (b) => table(b, () => b.fieldInt16(0, PRECISION_DOUBLE), 1) },
  int64: {
    tsType: 'number',
    nullable: true,
    tag: TYPE_INT,
    write: (b) =>
      table(
        b,
        () => {
          b.fieldInt32(0, 64);
          b.fieldInt8(1, 1);
        },
        2
      ),
  },
  string: { tsType: 'string', nullable: true, tag: TYPE_UTF8, write: (b) => table(b, () => undefined, 0) },
  bool: { tsType: 'boolean', nullable: true, tag: TYPE_BOOL, write: (b) => table(b, () => undefined, 0) },
};

type Metadata = Array<[string, string]>;

/** The schema's text: what writeSchema writes, and a key for reusing what it wrote. */
export interface SchemaText {
  metadata: Metadata;
  fields: Array<{ name: string; type: FieldType; metadata: Metadata }>;
}

function fieldMetadata(field: Field): Metadata {
  const entries: Metadata = [['tstype', ARROW_TYPES[field.type].tsType]];
  if (field.labels && Object.keys(field.labels).length > 0) {
    entries.push(['labels', JSON.stringify(field.labels)]);
  }
  if (field.config && Object.keys(field.config).length > 0) {
    entries.push(['config', JSON.stringify(field.config)]);
  }
  return entries;
}

export function schemaText(frame: Frame): SchemaText {
  const metadata: Metadata = [
    ['name', frame.name ?? ''],
    ['refId', frame.refId ?? ''],
  ];
  if (frame.meta) {
    metadata.push(['meta', JSON.stringify(frame.meta)]);
  }
  return { metadata, fields: frame.fields.map((field) => ({ name: field.name, type: field.type, metadata: fieldMetadata(field) })) };
}

function keyValues(b: FlatBuilder, entries: Metadata): number {
  const tables = entries.map(([key, value]) => {
    const k = b.string(key);
    const v = b.string(value);
    b.startTable(2);
    b.fieldReference(0, k);
    b.fieldReference(1, v);
    return b.endTable();
  });
  return b.referenceVector(tables);
}

function writeField(b: FlatBuilder, field: SchemaText['fields'][number]): number {
  const type = ARROW_TYPES[field.type];
  const name = b.string(field.name);
  const typeTable = type.write(b);
  const children = b.referenceVector([]);
  const metadata = keyValues(b, field.metadata);
  b.startTable(7);
  b.fieldReference(0, name);
  b.fieldInt8(1, type.nullable ? 1 : 0);
  b.fieldInt8(2, type.tag);
  b.fieldReference(3, typeTable);
  b.fieldReference(5, children);
  b.fieldReference(6, metadata);
  return b.endTable();
}

/** Writes the Schema table into `b` and returns it. */
export function writeSchema(b: FlatBuilder, text: SchemaText): number {
  const fields = b.referenceVector(text.fields.map((field) => writeField(b, field)));
  const metadata = keyValues(b, text.metadata);
  b.startTable(4);
  b.fieldReference(1, fields);
  b.fieldReference(2, metadata);
  return b.endTable();
}
