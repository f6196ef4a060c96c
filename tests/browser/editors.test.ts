/**
 * The query and config editors in headless Chromium with Grafana's theme and no Grafana:
 * esbuild bundles a page that mounts them over fake resources, playwright-core clicks and types.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { PageState } from './page/pageState';
import { bundlePage } from './harness/bundlePage';
import { launchChromium } from './harness/launchChromium';
import { servePage, type PageServer } from './harness/servePage';

const SCREENSHOTS = path.join(__dirname, 'screenshots');

jest.setTimeout(120_000);

describe('editors in headless Chromium', () => {
  let server: PageServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const externalRequests: string[] = [];
  const pageErrors: string[] = [];

  const state = () => page.evaluate(() => window.__teamMetrics as PageState);
  const waitForState = (predicate: string) =>
    page.waitForFunction(`(() => { const s = window.__teamMetrics; return ${predicate}; })()`);

  beforeAll(async () => {
    const bundle = await bundlePage(path.join(__dirname, 'page', 'main.tsx'));
    server = await servePage(bundle);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const origin = server.url;
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin)) {
        return route.continue();
      }
      externalRequests.push(url);
      return route.abort();
    });
    await page.goto(server.url);
    await page.getByTestId('targets-table').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('query editor: shows the default metric, picks another one and a filter value', async () => {
    const editor = page.getByTestId('query-editor');
    await expect(editor.getByTestId('metric-definition').textContent()).resolves.toBe(
      'How often the team deploys to production.'
    );

    const metric = editor.getByRole('combobox', { name: 'Metric' });
    await metric.click();
    await metric.pressSequentially('lead time');
    await page.getByRole('option', { name: /Lead Time for Changes/ }).click();
    await waitForState("s.query.metric === 'lead_time_for_changes'");
    await expect(editor.getByTestId('metric-definition').textContent()).resolves.toBe(
      'Time from first commit to running in production.'
    );
    await expect(editor.getByLabel('Environment').count()).resolves.toBe(0);

    await editor.getByLabel('Repository').click();
    await page.getByRole('option', { name: 'acme/web' }).click();
    await page.keyboard.press('Escape');
    await waitForState("s.query.filters && s.query.filters.repo && s.query.filters.repo[0] === 'acme/web'");

    await editor.getByRole('radio', { name: 'Month' }).check({ force: true });
    expect((await state()).query).toMatchObject({
      metric: 'lead_time_for_changes',
      filters: { repo: ['acme/web'] },
      bucket: 'month',
    });
    await editor.screenshot({ path: path.join(SCREENSHOTS, 'query-editor.png') });
  });

  it('config editor: toggles a source, types a target, moves on with the keyboard', async () => {
    const editor = page.getByTestId('config-editor');
    await expect(editor.getByTestId('source-demo').getByText('Connected').count()).resolves.toBe(1);
    await expect(editor.getByTestId('source-github').getByText('Error').count()).resolves.toBe(1);

    await editor.getByLabel('Enable GitHub').click({ force: true });
    await waitForState('s.options.jsonData.github.enabled === true');
    await expect(editor.locator('#teammetrics-secret-githubToken').inputValue()).resolves.toBe('configured');
    await editor.getByLabel('Organisation', { exact: true }).pressSequentially('acme');

    const target = editor.getByLabel('Target for Deploy Frequency');
    await expect(target.getAttribute('placeholder')).resolves.toBe('10');
    await target.click();
    await target.pressSequentially('12');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-labelledby'))).resolves.toBe(
      'teammetrics-targets-period teammetrics-target-title-deploy_frequency'
    );
    await page.keyboard.press('Tab');
    await page.keyboard.type('SRE');

    const { jsonData } = (await state()).options;
    expect(jsonData.github).toMatchObject({ enabled: true, org: 'acme' });
    expect(jsonData.targets).toEqual({ deploy_frequency: { target: 12, owner: 'SRE' } });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'editors.png'), fullPage: true });
  });

  it('made no requests outside the page and threw no errors', () => {
    expect(externalRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
