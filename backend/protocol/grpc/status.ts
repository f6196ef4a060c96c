/** gRPC status codes (grpc/doc/statuscodes.md) and how a status travels in HTTP/2 trailers. */

export const GrpcStatus = {
  OK: 0,
  INTERNAL: 13,
  RESOURCE_EXHAUSTED: 8,
  UNIMPLEMENTED: 12,
} as const;

export type GrpcStatusCode = (typeof GrpcStatus)[keyof typeof GrpcStatus];

/** An error that ends a call with its own status code instead of INTERNAL. */
export class GrpcError extends Error {
  constructor(
    readonly code: GrpcStatusCode,
    message: string
  ) {
    super(message);
    this.name = 'GrpcError';
  }
}

/**
 * The grpc-message trailer: UTF-8, with every byte outside printable ASCII (and '%' itself) percent-encoded,
 * as the gRPC over HTTP/2 spec requires; a raw newline would not even be a valid header value.
 */
export function encodeGrpcMessage(message: string): string {
  if (/^[\x20-\x24\x26-\x7e]*$/.test(message)) {
    return message;
  }
  let out = '';
  for (const byte of Buffer.from(message, 'utf8')) {
    out += byte >= 0x20 && byte <= 0x7e && byte !== 0x25 ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}
