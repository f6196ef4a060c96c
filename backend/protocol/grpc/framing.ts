/**
 * gRPC's length-prefixed messages: 1 byte "compressed" flag, 4 bytes big-endian length, then the
 * protobuf bytes. We never compress (Grafana does not ask for it) and refuse compressed requests.
 */
import { GrpcError, GrpcStatus } from './status';

export const PREFIX_BYTES = 5;

/** A message with its prefix, ready to write as DATA. */
export type FramedMessage = Buffer & { readonly __framed: true };

/**
 * Writes the prefix into the first PREFIX_BYTES of `buffer`, which holds the message after them
 * (encoders leave that headroom, so the message is never copied again).
 */
export function framedInPlace(buffer: Buffer): FramedMessage {
  buffer[0] = 0;
  buffer.writeUInt32BE(buffer.length - PREFIX_BYTES, 1);
  return buffer as FramedMessage;
}

export function frameMessage(message: Uint8Array): FramedMessage {
  const buffer = Buffer.allocUnsafe(PREFIX_BYTES + message.length);
  buffer.set(message, PREFIX_BYTES);
  return framedInPlace(buffer);
}

/** The one message of a unary or server-streaming request body. */
export function readSingleMessage(body: Buffer): Buffer {
  if (body.length < PREFIX_BYTES) {
    throw new GrpcError(GrpcStatus.INTERNAL, `request body of ${body.length} bytes holds no gRPC message`);
  }
  if (body[0] !== 0) {
    throw new GrpcError(GrpcStatus.UNIMPLEMENTED, 'compressed gRPC messages are not supported');
  }
  const length = body.readUInt32BE(1);
  if (body.length !== PREFIX_BYTES + length) {
    throw new GrpcError(GrpcStatus.INTERNAL, `request body of ${body.length} bytes is not one gRPC message of ${length} bytes`);
  }
  return body.subarray(PREFIX_BYTES);
}
