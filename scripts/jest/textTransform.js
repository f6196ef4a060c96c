// Jest transform that turns a text file (our .proto files) into a module exporting its content,
// matching esbuild's `text` loader used for the packaged backend.
module.exports = {
  process(source) {
    return { code: `module.exports = ${JSON.stringify(source)};` };
  },
};
