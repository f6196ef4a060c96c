/** The file name of a data source instance's SQLite store. */
import { createHash } from 'node:crypto';

/** Longer names are cut and suffixed with a hash; file systems allow 255 bytes. */
const MAX_NAME_LENGTH = 120;

/**
 * `<uid>.sqlite`, with every character outside [A-Za-z0-9_-] percent-encoded (UTF-8), so distinct uids never
 * share a file and no uid can name a path outside the directory.
 *
 * @example instanceFileName('P1a2/b') // 'P1a2%2Fb.sqlite'
 */
export function instanceFileName(instance: string): string {
  if (instance === '') {
    throw new Error('the data source uid is empty: no store file can be named after it');
  }
  const encoded = [...Buffer.from(instance, 'utf8')]
    .map((byte) => (/[A-Za-z0-9_-]/.test(String.fromCharCode(byte)) ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`))
    .join('');
  if (encoded.length <= MAX_NAME_LENGTH) {
    return `${encoded}.sqlite`;
  }
  const hash = createHash('sha256').update(instance).digest('hex').slice(0, 16);
  return `${encoded.slice(0, MAX_NAME_LENGTH - 17)}-${hash}.sqlite`;
}
