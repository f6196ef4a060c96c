import React from 'react';
import { createRoot } from 'react-dom/client';
import { createTheme } from '@grafana/data';
import { setBackendSrv, type BackendSrv } from '@grafana/runtime';
import { GlobalStyles, ThemeContext } from '@grafana/ui';
import { DataSource } from '../../../src/datasource';
import { instanceSettings } from '../../../src/testing/createDataSource';
import { fakeResource } from '../../../src/testing/fakeResources';
import { EditorsPage } from './EditorsPage';
import { pageOptions } from './pageOptions';

/** Answers like the plugin backend, a little slowly so loading states are real. */
const answer = (path: string) => fakeResource(path, { delayMs: 150 });

// The config editor has no DataSource instance: it asks /api/datasources/uid/<uid>/resources/<path>.
const backendSrv: Pick<BackendSrv, 'get'> = {
  get: <T,>(url: string) => answer(url.replace(/^\/api\/datasources\/uid\/[^/]+\/resources\//, '')) as Promise<T>,
};
setBackendSrv(backendSrv as BackendSrv);

const datasource = new DataSource(instanceSettings());
datasource.getResource = <T,>(path: string) => answer(path) as Promise<T>;

const theme = createTheme({ colors: { mode: 'dark' } });
createRoot(document.getElementById('root')!).render(
  <ThemeContext.Provider value={theme}>
    <GlobalStyles />
    <EditorsPage datasource={datasource} initialOptions={pageOptions} />
  </ThemeContext.Provider>
);
