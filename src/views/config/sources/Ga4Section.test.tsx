import React, { useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Ga4Settings } from '../../../../common/settings';
import type { SecretsProps } from '../secrets';
import { Ga4Section } from './Ga4Section';

const secrets: SecretsProps = { isConfigured: () => true, value: () => '', onChange: jest.fn(), onReset: jest.fn() };

function Harness({ onChange }: { onChange: (s: Ga4Settings) => void }) {
  const [settings, setSettings] = useState<Ga4Settings>({ enabled: true, propertyId: '123' });
  return (
    <Ga4Section
      settings={settings}
      secrets={secrets}
      onChange={(next) => {
        setSettings(next);
        onChange(next);
      }}
    />
  );
}

describe('Ga4Section', () => {
  it('edits the page path split and the advanced API endpoint', async () => {
    const onChange = jest.fn();
    const { container } = render(<Harness onChange={onChange} />);
    await userEvent.click(container.querySelector('#teammetrics-ga4-page-path') as HTMLElement);
    expect(onChange).toHaveBeenLastCalledWith({ enabled: true, propertyId: '123', includePagePath: true });
    await userEvent.type(screen.getByPlaceholderText('analyticsdata.googleapis.com'), 'proxy:8443');
    expect(onChange).toHaveBeenLastCalledWith({ enabled: true, propertyId: '123', includePagePath: true, apiEndpoint: 'proxy:8443' });
  });
});
