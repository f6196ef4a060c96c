/**
 * QueryDataResponse written straight into one buffer: it is mostly Arrow frames that already exist as
 * bytes, so the generic encoder's object conversion and intermediate copies were pure overhead on the
 * hottest path. Proto3 rules: default values (empty strings, 0) are left out; fields in number order.
 *
 *   QueryDataResponse { map<string, DataResponse> responses = 1; }
 *   DataResponse { repeated bytes frames = 1; string error = 2; int32 status = 4; string errorSource = 5; }
 */
import type { DataResponse, QueryDataResponse } from '../messages';

const LEN = 2;
const VARINT = 0;
const tag = (field: number, wireType: number) => (field << 3) | wireType;

function varintSize(value: number): number {
  let size = 1;
  while (value >= 0x80) {
    value = Math.floor(value / 128);
    size++;
  }
  return size;
}

/** int32 as protobuf encodes it: negative values take 10 bytes (sign-extended to 64 bits). */
const int32Size = (value: number) => (value < 0 ? 10 : varintSize(value));
const lenFieldSize = (length: number) => 1 + varintSize(length) + length;

class Output {
  pos: number;
  constructor(
    readonly buf: Buffer,
    start: number
  ) {
    this.pos = start;
  }

  varint(value: number): void {
    while (value >= 0x80) {
      this.buf[this.pos++] = (value & 0x7f) | 0x80;
      value = Math.floor(value / 128);
    }
    this.buf[this.pos++] = value;
  }

  int32(value: number): void {
    if (value >= 0) {
      this.varint(value);
      return;
    }
    let bits = BigInt.asUintN(64, BigInt(value));
    for (let i = 0; i < 9; i++) {
      this.buf[this.pos++] = Number(bits & 0x7fn) | 0x80;
      bits >>= 7n;
    }
    this.buf[this.pos++] = Number(bits);
  }

  bytes(field: number, value: Uint8Array): void {
    this.varint(tag(field, LEN));
    this.varint(value.length);
    this.buf.set(value, this.pos);
    this.pos += value.length;
  }

  string(field: number, value: string, byteLength: number): void {
    this.varint(tag(field, LEN));
    this.varint(byteLength);
    this.pos += this.buf.write(value, this.pos, byteLength, 'utf8');
  }
}

interface Sized {
  refId: string;
  refIdBytes: number;
  response: DataResponse;
  errorBytes: number;
  errorSourceBytes: number;
  /** DataResponse size, and map entry size (key + value). */
  valueSize: number;
  entrySize: number;
}

function sized(refId: string, response: DataResponse): Sized {
  const refIdBytes = Buffer.byteLength(refId, 'utf8');
  const errorBytes = Buffer.byteLength(response.error, 'utf8');
  const errorSourceBytes = Buffer.byteLength(response.errorSource, 'utf8');
  let valueSize = 0;
  for (const frame of response.frames) {
    valueSize += lenFieldSize(frame.length);
  }
  valueSize += (errorBytes > 0 ? lenFieldSize(errorBytes) : 0) + (response.status !== 0 ? 1 + int32Size(response.status) : 0);
  valueSize += errorSourceBytes > 0 ? lenFieldSize(errorSourceBytes) : 0;
  const entrySize = (refIdBytes > 0 ? lenFieldSize(refIdBytes) : 0) + lenFieldSize(valueSize);
  return { refId, refIdBytes, response, errorBytes, errorSourceBytes, valueSize, entrySize };
}

/** The encoded message, starting `headroom` bytes into the returned buffer (room for a transport prefix). */
export function encodeQueryDataResponse(message: QueryDataResponse, headroom = 0): Buffer {
  const entries = Object.entries(message.responses).map(([refId, response]) => sized(refId, response));
  const size = entries.reduce((sum, e) => sum + lenFieldSize(e.entrySize), 0);
  const out = new Output(Buffer.allocUnsafe(headroom + size), headroom);
  for (const e of entries) {
    out.varint(tag(1, LEN));
    out.varint(e.entrySize);
    if (e.refIdBytes > 0) {
      out.string(1, e.refId, e.refIdBytes);
    }
    out.varint(tag(2, LEN));
    out.varint(e.valueSize);
    for (const frame of e.response.frames) {
      out.bytes(1, frame);
    }
    if (e.errorBytes > 0) {
      out.string(2, e.response.error, e.errorBytes);
    }
    if (e.response.status !== 0) {
      out.varint(tag(4, VARINT));
      out.int32(e.response.status);
    }
    if (e.errorSourceBytes > 0) {
      out.string(5, e.response.errorSource, e.errorSourceBytes);
    }
  }
  return out.buf;
}
