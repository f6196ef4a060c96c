/**
 * Arrow buffers of one column (validity bitmap first, then values, or offsets and bytes for strings),
 * planned before anything is written so the whole IPC file can be allocated once.
 */
import { setEpochNanos } from './epochNanos';
import type { Field } from './frame';

export interface ColumnLayout {
  nullCount: number;
  /** Unpadded byte length of each of the column's Arrow buffers, in IPC order. */
  bufferLengths: number[];
  /** Writes the buffers at `at` (one 8-aligned body position per buffer). */
  write(body: Buffer, view: DataView, at: readonly number[]): void;
}

function countNulls(values: readonly unknown[]): number {
  let nulls = 0;
  for (const value of values) {
    if (value === null) {
      nulls++;
    }
  }
  return nulls;
}

/** LSB-first validity bitmap; only written when the column has nulls (an empty buffer means "all valid"). */
function writeValidity(body: Buffer, at: number, values: readonly unknown[]): void {
  for (let i = 0; i < values.length; i++) {
    if (values[i] !== null) {
      body[at + (i >> 3)] |= 1 << (i & 7);
    }
  }
}

const bitmapBytes = (nullCount: number, length: number) => (nullCount > 0 ? Math.ceil(length / 8) : 0);

function fixedWidth(values: ReadonlyArray<number | null>, setValue: (view: DataView, at: number, value: number) => void): ColumnLayout {
  const nullCount = countNulls(values);
  return {
    nullCount,
    bufferLengths: [bitmapBytes(nullCount, values.length), 8 * values.length],
    write: (body, view, [validity, data]) => {
      if (nullCount > 0) {
        writeValidity(body, validity, values);
      }
      for (let i = 0; i < values.length; i++) {
        const value = values[i];
        if (value !== null) {
          setValue(view, data + 8 * i, value);
        }
      }
    },
  };
}

function utf8Column(values: ReadonlyArray<string | null>): ColumnLayout {
  const nullCount = countNulls(values);
  const byteLengths = values.map((v) => (v === null ? 0 : Buffer.byteLength(v, 'utf8')));
  const dataLength = byteLengths.reduce((sum, n) => sum + n, 0);
  return {
    nullCount,
    bufferLengths: [bitmapBytes(nullCount, values.length), 4 * (values.length + 1), dataLength],
    write: (body, view, [validity, offsets, data]) => {
      if (nullCount > 0) {
        writeValidity(body, validity, values);
      }
      let end = 0;
      for (let i = 0; i < values.length; i++) {
        const value = values[i];
        if (value !== null) {
          body.write(value, data + end, 'utf8');
          end += byteLengths[i];
        }
        view.setInt32(offsets + 4 * (i + 1), end, true);
      }
    },
  };
}

function boolColumn(values: ReadonlyArray<boolean | null>): ColumnLayout {
  const nullCount = countNulls(values);
  return {
    nullCount,
    bufferLengths: [bitmapBytes(nullCount, values.length), Math.ceil(values.length / 8)],
    write: (body, _view, [validity, data]) => {
      if (nullCount > 0) {
        writeValidity(body, validity, values);
      }
      for (let i = 0; i < values.length; i++) {
        if (values[i] === true) {
          body[data + (i >> 3)] |= 1 << (i & 7);
        }
      }
    },
  };
}

export function columnLayout(field: Field): ColumnLayout {
  switch (field.type) {
    case 'time':
      return fixedWidth(field.values, setEpochNanos);
    case 'float64':
      return fixedWidth(field.values, (view, at, value) => view.setFloat64(at, value, true));
    case 'int64':
      return fixedWidth(field.values, (view, at, value) => view.setBigInt64(at, BigInt(Math.trunc(value)), true));
    case 'string':
      return utf8Column(field.values);
    case 'bool':
      return boolColumn(field.values);
  }
}
