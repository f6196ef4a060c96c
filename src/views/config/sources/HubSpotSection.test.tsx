import React, { useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { HubSpotSettings } from '../../../../common/settings';
import type { SecretsProps } from '../secrets';
import { HubSpotSection } from './HubSpotSection';

const secrets: SecretsProps = { isConfigured: () => true, value: () => '', onChange: jest.fn(), onReset: jest.fn() };

function Harness({ onChange }: { onChange: (s: HubSpotSettings) => void }) {
  const [settings, setSettings] = useState<HubSpotSettings>({ enabled: true });
  return (
    <HubSpotSection
      settings={settings}
      secrets={secrets}
      onChange={(next) => {
        setSettings(next);
        onChange(next);
      }}
    />
  );
}

describe('HubSpotSection', () => {
  it('edits the advanced API base URL; clearing it removes the key', async () => {
    const onChange = jest.fn();
    render(<Harness onChange={onChange} />);
    const input = screen.getByPlaceholderText('https://api.hubapi.com');
    await userEvent.type(input, 'http://p');
    expect(onChange).toHaveBeenLastCalledWith({ enabled: true, basePath: 'http://p' });
    await userEvent.clear(input);
    expect(onChange).toHaveBeenLastCalledWith({ enabled: true, basePath: undefined });
  });
});
