import React from 'react';
import { InlineField, InlineFieldRow, RadioButtonGroup } from '@grafana/ui';
import { COMPARISONS, type Comparison } from '../../../common/query';
import { DEFAULT_BASELINE_PERIODS } from '../../defaults';
import { COMPARISON_LABELS } from '../../labels';
import { selectors } from '../../selectors';
import { NumberInput } from '../NumberInput';

const OPTIONS = COMPARISONS.map((comparison) => ({ value: comparison, label: COMPARISON_LABELS[comparison] }));

interface Props {
  comparison?: Comparison;
  baselinePeriods?: number;
  onChange: (value: { comparison: Comparison; baselinePeriods?: number }) => void;
}

/** Comparison mode, plus the number of trailing periods when the mode needs a baseline. */
export function ComparisonFields({ comparison = 'none', baselinePeriods, onChange }: Props) {
  const needsBaseline = comparison === 'baseline' || comparison === 'anomaly';
  return (
    <InlineFieldRow>
      <InlineField
        label={selectors.queryEditor.comparison}
        labelWidth={16}
        tooltip="Previous period: the same range just before. Baseline: the mean of trailing periods. Anomaly flag: marks points far from the baseline."
      >
        <RadioButtonGroup
          id="teammetrics-comparison"
          aria-label={selectors.queryEditor.comparison}
          options={OPTIONS}
          value={comparison}
          onChange={(value) => onChange({ comparison: value, baselinePeriods })}
        />
      </InlineField>
      {needsBaseline && (
        <InlineField
          label={selectors.queryEditor.baselinePeriods}
          labelWidth={18}
          tooltip="Trailing buckets in the baseline."
        >
          <NumberInput
            id="teammetrics-baseline-periods"
            value={baselinePeriods}
            placeholder={String(DEFAULT_BASELINE_PERIODS)}
            min={2}
            width={10}
            onChange={(value) => onChange({ comparison, baselinePeriods: value })}
          />
        </InlineField>
      )}
    </InlineFieldRow>
  );
}
