import React, { useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { NotionSettings } from '../../../../common/settings';
import type { SecretsProps } from '../secrets';
import { NotionSection } from './NotionSection';

const secrets: SecretsProps = { isConfigured: () => true, value: () => '', onChange: jest.fn(), onReset: jest.fn() };

function Harness({ onChange }: { onChange: (s: NotionSettings) => void }) {
  const [settings, setSettings] = useState<NotionSettings>({ enabled: true });
  return (
    <NotionSection
      settings={settings}
      secrets={secrets}
      onChange={(next) => {
        setSettings(next);
        onChange(next);
      }}
    />
  );
}

describe('NotionSection', () => {
  it('edits the completion date property and the advanced API URL', async () => {
    const onChange = jest.fn();
    render(<Harness onChange={onChange} />);
    await userEvent.type(screen.getByPlaceholderText('Completed'), 'Done on');
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ completedDateProperty: 'Done on' }));
    const url = screen.getByPlaceholderText('https://api.notion.com');
    await userEvent.type(url, 'http://p');
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ apiUrl: 'http://p' }));
    await userEvent.clear(url);
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ apiUrl: undefined }));
  });
});
