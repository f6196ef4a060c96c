/**
 * Encodes a frame as one Arrow IPC *file*, the only form grafana-plugin-sdk-go's UnmarshalArrowFrame reads:
 * magic, one RecordBatch message, end-of-stream marker, Footer (holding the schema), footer size, magic —
 * the layout apache-arrow's file writer produces. Written directly rather than through arrow-js, whose
 * generic table machinery cost more than the rest of a query; arrowFrame.test.ts checks that arrow-js
 * reads back what its own writer would have written.
 */
import { columnLayout, type ColumnLayout } from './arrowColumns';
import { footerTemplate, writeBlock } from './arrowFooter';
import { FlatBuilder } from './flatBuilder';
import type { Frame } from './frame';

const MAGIC = Buffer.from('ARROW1');
const CONTINUATION = 0xffffffff;
const METADATA_V5 = 4;
const HEADER_RECORD_BATCH = 3;
/** 'ARROW1' padded to 8 bytes. */
const HEAD_BYTES = 8;
/** Continuation marker + metadata length in front of a message. */
const PREFIX_BYTES = 8;

const pad8 = (n: number) => (n + 7) & ~7;

export function frameLength(frame: Frame): number {
  const lengths = new Set(frame.fields.map((f) => f.values.length));
  if (lengths.size > 1) {
    throw new Error(`frame "${frame.name ?? ''}" has fields of different lengths: ${[...lengths].join(', ')}`);
  }
  return frame.fields[0]?.values.length ?? 0;
}

/** Reused by every call; encoding is synchronous, and each result is copied out before the next use. */
const messageBuilder = new FlatBuilder();

function recordBatchMessage(length: number, columns: ColumnLayout[], bufferStarts: number[][], bodyLength: number): Uint8Array {
  const b = messageBuilder;
  b.reset();
  const nodes = b.int64StructVector(columns.map((c) => [length, c.nullCount]));
  const buffers = b.int64StructVector(columns.flatMap((c, i) => c.bufferLengths.map((len, j) => [bufferStarts[i][j], len])));
  b.startTable(5);
  b.fieldInt64(0, length);
  b.fieldReference(1, nodes);
  b.fieldReference(2, buffers);
  const batch = b.endTable();
  b.startTable(5);
  b.fieldInt64(3, bodyLength);
  b.fieldReference(2, batch);
  b.fieldInt16(0, METADATA_V5);
  b.fieldInt8(1, HEADER_RECORD_BATCH);
  return b.finish(b.endTable());
}

export function encodeArrowFrame(frame: Frame): Uint8Array {
  const length = frameLength(frame);
  const columns = frame.fields.map(columnLayout);
  let bodyLength = 0;
  const bufferStarts = columns.map((column) =>
    column.bufferLengths.map((len) => {
      const start = bodyLength;
      bodyLength += pad8(len);
      return start;
    })
  );
  const message = recordBatchMessage(length, columns, bufferStarts, bodyLength);
  const messageBytes = pad8(message.length);
  const tail = footerTemplate(frame);

  const bodyStart = HEAD_BYTES + PREFIX_BYTES + messageBytes;
  const footerStart = bodyStart + bodyLength + PREFIX_BYTES;
  const out = Buffer.alloc(footerStart + tail.bytes.length + 4 + MAGIC.length);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  MAGIC.copy(out, 0);
  view.setUint32(HEAD_BYTES, CONTINUATION, true);
  view.setInt32(HEAD_BYTES + 4, messageBytes, true);
  out.set(message, HEAD_BYTES + PREFIX_BYTES);
  columns.forEach((column, i) => column.write(out, view, bufferStarts[i].map((start) => bodyStart + start)));
  // End-of-stream marker (continuation, length 0) for readers that stream through the file.
  view.setUint32(bodyStart + bodyLength, CONTINUATION, true);
  out.set(tail.bytes, footerStart);
  writeBlock(view, footerStart, tail, { offset: HEAD_BYTES, metaDataLength: PREFIX_BYTES + messageBytes, bodyLength });
  view.setInt32(footerStart + tail.bytes.length, tail.bytes.length, true);
  MAGIC.copy(out, footerStart + tail.bytes.length + 4);
  return out;
}
