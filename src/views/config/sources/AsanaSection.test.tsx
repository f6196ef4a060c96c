import React, { useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AsanaSettings } from '../../../../common/settings';
import type { SecretsProps } from '../secrets';
import { AsanaSection } from './AsanaSection';

const secrets: SecretsProps = { isConfigured: () => true, value: () => '', onChange: jest.fn(), onReset: jest.fn() };

function Harness({
  onChange,
  initial = { enabled: true },
}: {
  onChange: (s: AsanaSettings) => void;
  initial?: AsanaSettings;
}) {
  const [settings, setSettings] = useState<AsanaSettings>(initial);
  return (
    <AsanaSection
      settings={settings}
      secrets={secrets}
      metricOptions={[{ value: 'sprint_velocity', label: 'Sprint Velocity' }]}
      onChange={(next) => {
        setSettings(next);
        onChange(next);
      }}
    />
  );
}

describe('AsanaSection', () => {
  it('edits the advanced API URL; clearing it removes the key', async () => {
    const onChange = jest.fn();
    render(<Harness onChange={onChange} />);
    const input = screen.getByPlaceholderText('https://app.asana.com/api/1.0');
    await userEvent.type(input, 'http://p');
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ apiUrl: 'http://p' }));
    await userEvent.clear(input);
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ apiUrl: undefined }));
  });

  it('picks where sprints come from; the sprint field shows only for a custom field', async () => {
    const onChange = jest.fn();
    render(<Harness onChange={onChange} />);
    expect(screen.queryByPlaceholderText('Sprint')).not.toBeInTheDocument();
    await userEvent.click(screen.getByLabelText('Custom field'));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ sprintSource: 'custom_field' }));
    await userEvent.type(screen.getByPlaceholderText('Sprint'), 'Sprint');
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ sprintSource: 'custom_field', sprintField: 'Sprint' })
    );
    await userEvent.click(screen.getByLabelText('None'));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ sprintSource: undefined }));
  });
});
