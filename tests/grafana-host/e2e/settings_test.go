package e2e

import (
	"testing"

	"teammetrics/grafanahost/internal/host"
)

// Grafana keys instance caches on uid + lastUpdatedMS: a settings change must take effect.
func TestSettingsChangeCreatesNewInstance(t *testing.T) {
	h := fresh(t, host.Options{})
	seed42 := queryAll(t, h, q("A", queryA))["A"]

	h.Settings = host.DefaultSettings()
	h.Settings.LastUpdatedMS += 60_000
	h.Settings.JSONData = []byte(`{"demo":{"enabled":true,"seed":7}}`)
	seed7 := queryAll(t, h, q("A", queryA))["A"]

	h.Settings = host.DefaultSettings()
	h.Settings.LastUpdatedMS += 120_000
	seed42again := queryAll(t, h, q("A", queryA))["A"]

	if !wantOK(t, "A(seed 42)", seed42) || !wantOK(t, "A(seed 7)", seed7) || !wantOK(t, "A(seed 42 again)", seed42again) {
		return
	}
	j42, j7, j42b := framesJSON(t, seed42.Frames), framesJSON(t, seed7.Frames), framesJSON(t, seed42again.Frames)
	if j42 == j7 {
		t.Errorf("seed 7 (new lastUpdatedMS) returned the same frames as seed 42: instance not rebuilt on settings change")
	}
	if j42 != j42b {
		t.Errorf("switching back to seed 42 returned different frames than the first seed-42 query")
	}
}
