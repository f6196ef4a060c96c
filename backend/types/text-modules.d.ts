// .proto files are bundled as text (esbuild `text` loader; jest scripts/jest/textTransform.js).
declare module '*.proto' {
  const source: string;
  export default source;
}
