import React from 'react';
import { InlineField, RadioButtonGroup } from '@grafana/ui';
import { BUCKETS, type Bucket } from '../../../common/query';
import { BUCKET_LABELS } from '../../labels';
import { selectors } from '../../selectors';

const OPTIONS = BUCKETS.map((bucket) => ({ value: bucket, label: BUCKET_LABELS[bucket] }));

interface Props {
  value?: Bucket;
  onChange: (value: Bucket) => void;
}

export function BucketField({ value, onChange }: Props) {
  return (
    <InlineField
      label={selectors.queryEditor.bucket}
      labelWidth={16}
      tooltip="Time bucket of each point. Whole range gives one value (stat panels, alert rules)."
    >
      <RadioButtonGroup
        id="teammetrics-bucket"
        aria-label={selectors.queryEditor.bucket}
        options={OPTIONS}
        value={value ?? 'week'}
        onChange={onChange}
      />
    </InlineField>
  );
}
