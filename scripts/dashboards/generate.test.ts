import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedFiles } from './generatedFiles';

const ROOT = join(__dirname, '../..');

describe('dashboards:generate', () => {
  const { files } = generatedFiles();

  it.each([...files.keys()])('the committed %s equals the generated one (run npm run dashboards:generate)', (path) => {
    const target = join(ROOT, path);
    expect(existsSync(target) ? readFileSync(target, 'utf8') : '(missing)').toBe(files.get(path));
  });

  it('is deterministic', () => {
    expect(generatedFiles().files).toEqual(files);
  });
});
