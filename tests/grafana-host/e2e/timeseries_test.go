package e2e

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/grafana/grafana-plugin-sdk-go/backend"
	"github.com/grafana/grafana-plugin-sdk-go/data"
)

const queryA = `{"refId":"A","queryType":"demo_timeseries","seriesCount":3}`

func TestDemoTimeseries(t *testing.T) {
	h := shared(t)
	r := queryAll(t, h, q("A", queryA))["A"]
	if !wantOK(t, "A", r) {
		return
	}
	if len(r.Frames) != 3 {
		t.Fatalf("refId A: want 3 frames (seriesCount 3), got %d", len(r.Frames))
	}
	seen := map[string]int{}
	for i, f := range r.Frames {
		checkTimeseriesFrame(t, fmt.Sprintf("A frame[%d]", i), "A", f, rangeFrom, rangeTo)
		if len(f.Fields) > 1 {
			key := f.Fields[1].Labels.String()
			if j, dup := seen[key]; dup {
				t.Errorf("A frame[%d] has the same labels %s as frame[%d]; each series needs a distinct label set", i, key, j)
			}
			seen[key] = i
		}
	}
}

// checkTimeseriesFrame checks one frame of a multi-frame time series response.
func checkTimeseriesFrame(t *testing.T, what, refID string, f *data.Frame, from, to time.Time) {
	t.Helper()
	if f.RefID != refID {
		t.Errorf("%s: frame RefID = %q, want %q", what, f.RefID, refID)
	}
	if f.Name == "" {
		t.Errorf("%s: frame Name is empty", what)
	}
	if f.Meta == nil || f.Meta.Type != data.FrameTypeTimeSeriesMulti {
		t.Errorf("%s: meta.type = %v, want %q", what, metaType(f), data.FrameTypeTimeSeriesMulti)
	}
	if len(f.Fields) != 2 {
		t.Fatalf("%s: want 2 fields [time, value], got %d (%s)", what, len(f.Fields), fieldTypes(f))
	}
	tf, vf := f.Fields[0], f.Fields[1]
	if tf.Name != "time" || tf.Type() != data.FieldTypeTime {
		t.Errorf("%s: fields[0] = %s:%s, want time:%s (non-nullable Timestamp ns)", what, tf.Name, tf.Type(), data.FieldTypeTime)
	}
	if vf.Name != "value" || vf.Type() != data.FieldTypeNullableFloat64 {
		t.Errorf("%s: fields[1] = %s:%s, want value:%s", what, vf.Name, vf.Type(), data.FieldTypeNullableFloat64)
	}
	if len(vf.Labels) == 0 {
		t.Errorf("%s: value field has no labels (want e.g. {team=...})", what)
	}
	if vf.Config == nil || vf.Config.Unit == "" {
		t.Errorf("%s: value field config.unit must be set, config = %+v", what, vf.Config)
	}
	if labelsJSON, err := json.Marshal(vf.Labels); err != nil || !json.Valid(labelsJSON) {
		t.Errorf("%s: labels do not round-trip as JSON: %v", what, err)
	}
	if tf.Type() == data.FieldTypeTime {
		checkDailyTimes(t, what, tf, from, to)
		checkWholeMillis(t, what, tf)
	}
}

// checkDailyTimes: one point per UTC day at midnight, in [from, to), strictly increasing.
func checkDailyTimes(t *testing.T, what string, tf *data.Field, from, to time.Time) {
	t.Helper()
	wantN := int(to.Sub(from) / (24 * time.Hour))
	if tf.Len() != wantN {
		t.Errorf("%s: %d time points, want %d (one per UTC day in [%s, %s))", what, tf.Len(), wantN, from.Format(time.RFC3339), to.Format(time.RFC3339))
	}
	var bad []string
	for i := 0; i < tf.Len(); i++ {
		ts := tf.At(i).(time.Time).UTC()
		switch {
		case ts.Year() != 2026:
			bad = append(bad, fmt.Sprintf("[%d]=%s (year %d: ms-vs-ns unit bug? Arrow timestamps are read as ns)", i, ts.Format(time.RFC3339Nano), ts.Year()))
		case ts.Before(from) || !ts.Before(to):
			bad = append(bad, fmt.Sprintf("[%d]=%s outside the requested range", i, ts.Format(time.RFC3339Nano)))
		case ts.Hour() != 0 || ts.Minute() != 0 || ts.Second() != 0 || ts.Nanosecond() != 0:
			bad = append(bad, fmt.Sprintf("[%d]=%s not midnight UTC", i, ts.Format(time.RFC3339Nano)))
		case i > 0 && !ts.Equal(tf.At(i-1).(time.Time).Add(24*time.Hour)):
			bad = append(bad, fmt.Sprintf("[%d]=%s is not exactly one day after [%d]", i, ts.Format(time.RFC3339), i-1))
		}
		if len(bad) >= 5 {
			break
		}
	}
	if len(bad) > 0 {
		t.Errorf("%s: bad timestamps: %s", what, strings.Join(bad, "; "))
	}
}

func metaType(f *data.Frame) any {
	if f.Meta == nil {
		return "<nil meta>"
	}
	return f.Meta.Type
}

func TestDemoTimeseriesDeterministic(t *testing.T) {
	h := shared(t)
	a1 := queryAll(t, h, q("A", queryA))["A"]
	a2 := queryAll(t, h, q("A", queryA))["A"]
	if !wantOK(t, "A(1st)", a1) || !wantOK(t, "A(2nd)", a2) {
		return
	}
	j1, j2 := framesJSON(t, a1.Frames), framesJSON(t, a2.Frames)
	if j1 != j2 {
		t.Errorf("same query twice gave different frames (demo data must be deterministic for a seed):\n1st: %.400s\n2nd: %.400s", j1, j2)
	}
}

func framesJSON(t *testing.T, frames data.Frames) string {
	t.Helper()
	var parts []string
	for _, f := range frames {
		b, err := json.Marshal(f)
		if err != nil {
			t.Fatalf("marshal frame: %v", err)
		}
		parts = append(parts, string(b))
	}
	return strings.Join(parts, "\n")
}

func TestDemoTimeseriesCapsSeriesWithNotice(t *testing.T) {
	h := shared(t)
	r := queryAll(t, h, q("G", `{"refId":"G","queryType":"demo_timeseries","seriesCount":50}`))["G"]
	if !wantOK(t, "G", r) {
		return
	}
	if len(r.Frames) != 20 {
		t.Errorf("refId G: seriesCount 50 should be capped to 20 frames, got %d", len(r.Frames))
	}
	if len(r.Frames) == 0 {
		return
	}
	checkCapNotice(t, r)
}

func checkCapNotice(t *testing.T, r backend.DataResponse) {
	t.Helper()
	meta := r.Frames[0].Meta
	if meta == nil {
		t.Errorf("refId G: frames[0].meta is nil; want a warning notice about the cap of 20 series")
		return
	}
	for _, n := range meta.Notices {
		if n.Severity == data.NoticeSeverityWarning && strings.Contains(n.Text, "20") {
			return
		}
	}
	t.Errorf("refId G: frames[0].meta.notices = %+v; want a warning whose text mentions 20 (no silent truncation)", meta.Notices)
}
