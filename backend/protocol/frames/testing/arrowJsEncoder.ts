/**
 * Test oracle: the frame encoder built on apache-arrow's own writer (the plugin's encoder until it was
 * replaced by the direct one in ../arrowFrame.ts). Tests check that both decode to the same table.
 */
import {
  Bool,
  type DataType,
  Field as ArrowField,
  Float64,
  Int64,
  RecordBatch,
  Schema,
  Struct,
  Table,
  TimestampNanosecond,
  Utf8,
  makeData,
  makeVector,
  tableToIPC,
  vectorFromArray,
  type Vector,
} from 'apache-arrow';

import type { Field, Frame } from '../frame';

const TS_TYPE: Record<Field['type'], string> = {
  time: 'time',
  float64: 'number',
  int64: 'number',
  string: 'string',
  bool: 'boolean',
};

/** Arrow validity bitmap (LSB-first, 1 = valid), or undefined when nothing is null. */
function validityBitmap(values: readonly unknown[]): Uint8Array | undefined {
  if (!values.includes(null)) {
    return undefined;
  }
  const bitmap = new Uint8Array(Math.ceil(values.length / 8));
  values.forEach((v, i) => {
    if (v !== null) {
      bitmap[i >> 3] |= 1 << (i & 7);
    }
  });
  return bitmap;
}

function columnOf(field: Field): { type: DataType; vector: Vector; nullable: boolean } {
  switch (field.type) {
    case 'time': {
      // Exact ns from integer ms: arrow-js' builder multiplies in floating point, and ms × 1e6 exceeds 2^53.
      const ns = BigInt64Array.from(field.values, (ms) => BigInt(Math.round(ms)) * 1_000_000n);
      const type = new TimestampNanosecond();
      return { type, vector: makeVector(makeData({ type, length: ns.length, nullCount: 0, data: ns })), nullable: false };
    }
    case 'float64': {
      // Built directly (values + validity bitmap): arrow-js' generic builder costs more than the rest of a query.
      const type = new Float64();
      const values = Float64Array.from(field.values, (v) => v ?? 0);
      const nullBitmap = validityBitmap(field.values);
      const nullCount = nullBitmap ? field.values.filter((v) => v === null).length : 0;
      return { type, vector: makeVector(makeData({ type, length: values.length, nullCount, data: values, nullBitmap })), nullable: true };
    }
    case 'int64': {
      const values = field.values.map((v) => (v === null ? null : BigInt(Math.trunc(v))));
      return { type: new Int64(), vector: vectorFromArray(values, new Int64()), nullable: true };
    }
    case 'string':
      return { type: new Utf8(), vector: vectorFromArray(field.values, new Utf8()), nullable: true };
    case 'bool':
      return { type: new Bool(), vector: vectorFromArray(field.values, new Bool()), nullable: true };
  }
}

function fieldMetadata(field: Field): Map<string, string> {
  const metadata = new Map<string, string>([['tstype', TS_TYPE[field.type]]]);
  if (field.labels && Object.keys(field.labels).length > 0) {
    metadata.set('labels', JSON.stringify(field.labels));
  }
  if (field.config && Object.keys(field.config).length > 0) {
    metadata.set('config', JSON.stringify(field.config));
  }
  return metadata;
}

export function encodeWithArrowJs(frame: Frame): Uint8Array {
  const length = frame.fields[0]?.values.length ?? 0;
  const columns = frame.fields.map(columnOf);
  const arrowFields = frame.fields.map(
    (field, i) => new ArrowField(field.name, columns[i].type, columns[i].nullable, fieldMetadata(field))
  );
  const schemaMetadata = new Map<string, string>([
    ['name', frame.name ?? ''],
    ['refId', frame.refId ?? ''],
  ]);
  if (frame.meta) {
    schemaMetadata.set('meta', JSON.stringify(frame.meta));
  }
  const schema = new Schema(arrowFields, schemaMetadata);
  const batch = new RecordBatch(
    schema,
    makeData({
      type: new Struct(arrowFields),
      length,
      nullCount: 0,
      children: columns.map((c) => c.vector.data[0]),
    })
  );
  return tableToIPC(new Table(schema, [batch]), 'file');
}
