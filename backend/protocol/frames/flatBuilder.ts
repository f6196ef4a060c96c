/**
 * A minimal FlatBuffers writer, enough for Arrow's IPC metadata (Message, Footer, Schema). Like the
 * reference builder it writes back to front, so children come before the tables that point at them and
 * every offset is an unsigned forward reference. Offsets returned here count from the end of the buffer.
 * No vtable sharing: Arrow metadata is small and readers do not care. One builder is reused (`reset`)
 * for every frame, so steady-state encoding allocates nothing here.
 */
export class FlatBuilder {
  private bytes: Buffer;
  private view: DataView;
  /** Free bytes left at the front of `bytes`; data lives in [space, bytes.length). */
  private space: number;
  private minAlign = 1;
  private slots: number[] = [];
  private tableStart = 0;

  constructor(initialSize = 2048) {
    this.bytes = Buffer.alloc(initialSize);
    this.view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.length);
    this.space = initialSize;
  }

  /** Starts a new buffer; what `finish` returned before is overwritten. */
  reset(): void {
    this.space = this.bytes.length;
    this.minAlign = 1;
  }

  offset(): number {
    return this.bytes.length - this.space;
  }

  /** Pads so that `size` bytes written after `additional` more bytes end up aligned to `size`. */
  private prep(size: number, additional: number): void {
    this.minAlign = Math.max(this.minAlign, size);
    const padding = -(this.offset() + additional) & (size - 1);
    while (this.space < padding + size + additional) {
      this.grow();
    }
    for (let i = 0; i < padding; i++) {
      this.bytes[--this.space] = 0;
    }
  }

  private grow(): void {
    const old = this.bytes;
    this.bytes = Buffer.alloc(old.length * 2);
    old.copy(this.bytes, old.length);
    this.view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.length);
    this.space += old.length;
  }

  int8(value: number): void {
    this.prep(1, 0);
    this.view.setInt8(--this.space, value);
  }

  int16(value: number): void {
    this.prep(2, 0);
    this.view.setInt16((this.space -= 2), value, true);
  }

  int32(value: number): void {
    this.prep(4, 0);
    this.view.setInt32((this.space -= 4), value, true);
  }

  /** A non-negative integer below 2^53 as int64. */
  int64(value: number): void {
    this.prep(8, 0);
    this.space -= 8;
    this.view.setUint32(this.space, value % 0x1_0000_0000, true);
    this.view.setUint32(this.space + 4, Math.floor(value / 0x1_0000_0000), true);
  }

  /** A reference to something already written, relative to where the reference itself is stored. */
  reference(target: number): void {
    this.prep(4, 0);
    const distance = this.offset() + 4 - target;
    this.view.setUint32((this.space -= 4), distance, true);
  }

  startTable(fieldCount: number): void {
    this.slots.length = fieldCount;
    this.slots.fill(0);
    this.tableStart = this.offset();
  }

  /** Marks the value just written as field `slot` of the open table. */
  private slot(slot: number): void {
    this.slots[slot] = this.offset();
  }

  fieldInt8(slot: number, value: number): void {
    this.int8(value);
    this.slot(slot);
  }

  fieldInt16(slot: number, value: number): void {
    this.int16(value);
    this.slot(slot);
  }

  fieldInt32(slot: number, value: number): void {
    this.int32(value);
    this.slot(slot);
  }

  fieldInt64(slot: number, value: number): void {
    this.int64(value);
    this.slot(slot);
  }

  fieldReference(slot: number, target: number): void {
    this.reference(target);
    this.slot(slot);
  }

  /** Closes the open table: writes its vtable and points the table at it. */
  endTable(): number {
    this.int32(0);
    const table = this.offset();
    let used = this.slots.length;
    while (used > 0 && this.slots[used - 1] === 0) {
      used--;
    }
    for (let i = used - 1; i >= 0; i--) {
      this.int16(this.slots[i] === 0 ? 0 : table - this.slots[i]);
    }
    this.int16(table - this.tableStart);
    this.int16((used + 2) * 2);
    this.view.setInt32(this.bytes.length - table, this.offset() - table, true);
    return table;
  }

  /** A NUL-terminated UTF-8 string. */
  string(text: string): number {
    const length = Buffer.byteLength(text, 'utf8');
    this.prep(4, length + 1);
    this.bytes[--this.space] = 0;
    this.space -= length;
    this.bytes.write(text, this.space, length, 'utf8');
    this.view.setUint32((this.space -= 4), length, true);
    return this.offset();
  }

  referenceVector(targets: readonly number[]): number {
    this.prep(4, 4 * targets.length);
    for (let i = targets.length - 1; i >= 0; i--) {
      this.reference(targets[i]);
    }
    this.view.setUint32((this.space -= 4), targets.length, true);
    return this.offset();
  }

  /** A vector of structs made of int64s only (Arrow's FieldNode and Buffer): `rows[i]` is one struct. */
  int64StructVector(rows: ReadonlyArray<readonly number[]>): number {
    const width = rows[0]?.length ?? 0;
    this.prep(4, 8 * width * rows.length);
    this.prep(8, 8 * width * rows.length);
    for (let i = rows.length - 1; i >= 0; i--) {
      for (let j = width - 1; j >= 0; j--) {
        this.int64(rows[i][j]);
      }
    }
    this.view.setUint32((this.space -= 4), rows.length, true);
    return this.offset();
  }

  /** Vector of Arrow Blocks: struct { offset: int64; metaDataLength: int32; (4 pad); bodyLength: int64 }. */
  blockVector(blocks: ReadonlyArray<{ offset: number; metaDataLength: number; bodyLength: number }>): number {
    this.prep(4, 24 * blocks.length);
    this.prep(8, 24 * blocks.length);
    for (let i = blocks.length - 1; i >= 0; i--) {
      this.int64(blocks[i].bodyLength);
      this.int32(0);
      this.int32(blocks[i].metaDataLength);
      this.int64(blocks[i].offset);
    }
    this.view.setUint32((this.space -= 4), blocks.length, true);
    return this.offset();
  }

  /** Ends the buffer with `root` as its root table; returns a view of the finished bytes. */
  finish(root: number): Uint8Array {
    this.prep(this.minAlign, 4);
    this.reference(root);
    return this.bytes.subarray(this.space);
  }
}
