/**
 * Names of the entries in a ZIP archive, read from its central directory. Enough to tell an
 * Excel workbook or a Word document (both ZIP containers) from any other ZIP without unpacking.
 * Returns null when the archive's directory cannot be read (truncated, ZIP64, not a ZIP).
 */
export function zipEntryNames(buffer: Buffer): string[] | null {
  const END_OF_DIRECTORY = 0x06054b50;
  const DIRECTORY_ENTRY = 0x02014b50;
  const END_RECORD_SIZE = 22;
  const MAX_COMMENT = 0xffff;

  // The end record sits at the very end, followed only by an optional comment.
  let end = -1;
  const earliest = Math.max(0, buffer.length - END_RECORD_SIZE - MAX_COMMENT);
  for (let i = buffer.length - END_RECORD_SIZE; i >= earliest; i--) {
    if (buffer.readUInt32LE(i) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;

  const entryCount = buffer.readUInt16LE(end + 10);
  let offset = buffer.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let n = 0; n < entryCount; n++) {
    if (offset + 46 > end || buffer.readUInt32LE(offset) !== DIRECTORY_ENTRY) return null;
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    const nameEnd = offset + 46 + nameLength;
    if (nameEnd > end) return null;
    names.push(buffer.toString('utf8', offset + 46, nameEnd));
    offset = nameEnd + extraLength + commentLength;
  }
  return names;
}
