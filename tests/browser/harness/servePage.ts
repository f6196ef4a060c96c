import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PageServer {
  url: string;
  close: () => Promise<void>;
}

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Team Metrics editors</title>
    <script>window.grafanaBootData = { settings: {}, user: {}, navTree: [], assets: { dark: '', light: '' } };</script>
  </head>
  <body>
    <div id="root"></div>
    <script src="/page.js"></script>
  </body>
</html>`;

/** Serves the page and its bundle on 127.0.0.1 (random port); everything else is a 404. */
export async function servePage(bundle: string): Promise<PageServer> {
  const server = http.createServer((request, response) => {
    const routes: Record<string, [string, string]> = {
      '/': ['text/html; charset=utf-8', PAGE],
      '/page.js': ['text/javascript; charset=utf-8', bundle],
    };
    const route = routes[request.url ?? ''];
    response.writeHead(route ? 200 : 404, { 'content-type': route ? route[0] : 'text/plain' });
    response.end(route ? route[1] : 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
