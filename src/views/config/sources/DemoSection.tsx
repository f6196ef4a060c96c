import React from 'react';
import { Field } from '@grafana/ui';
import type { DemoSettings } from '../../../../common/settings';
import { NumberInput } from '../../NumberInput';
import { SourceSection } from './SourceSection';
import type { SourceSectionProps } from './types';

export function DemoSection({ settings = { enabled: false }, onChange, status }: SourceSectionProps<DemoSettings>) {
  return (
    <SourceSection
      id="demo"
      title="Demo"
      description="A synthetic organisation with every metric, for trying dashboards without credentials."
      enabled={settings.enabled}
      onEnabledChange={(enabled) => onChange({ ...settings, enabled })}
      status={status}
    >
      <Field label="Seed" description="Same seed, same data.">
        <NumberInput
          id="teammetrics-demo-seed"
          value={settings.seed}
          placeholder="1"
          width={20}
          onChange={(seed) => onChange({ ...settings, seed })}
        />
      </Field>
    </SourceSection>
  );
}
