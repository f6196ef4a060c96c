package e2e

import (
	"testing"
	"time"

	"github.com/grafana/grafana-plugin-sdk-go/data"
)

func TestDemoTable(t *testing.T) {
	h := shared(t)
	r := queryAll(t, h, q("B", `{"refId":"B","queryType":"demo_table"}`))["B"]
	if !wantOK(t, "B", r) {
		return
	}
	if len(r.Frames) != 1 {
		t.Fatalf("refId B: want 1 frame, got %d", len(r.Frames))
	}
	f := r.Frames[0]
	if f.RefID != "B" {
		t.Errorf("refId B: frame RefID = %q, want B", f.RefID)
	}
	rows, err := f.RowLen()
	if err != nil {
		t.Fatalf("refId B: fields of different lengths: %v", err)
	}
	if rows < 2 {
		t.Errorf("refId B: want >= 2 rows, got %d", rows)
	}
	if f.Meta == nil || f.Meta.PreferredVisualization != data.VisTypeTable {
		pv := any("<nil meta>")
		if f.Meta != nil {
			pv = f.Meta.PreferredVisualization
		}
		t.Errorf("refId B: meta.preferredVisualisationType = %v, want %q", pv, data.VisTypeTable)
	}
	has := map[string]bool{}
	for _, fl := range f.Fields {
		switch fl.Type().NonNullableType() {
		case data.FieldTypeString:
			has["string"] = true
		case data.FieldTypeInt64, data.FieldTypeFloat64:
			has["number"] = true
		case data.FieldTypeBool:
			has["bool"] = true
		case data.FieldTypeTime:
			has["time"] = true
			checkTableTimes(t, fl)
		}
	}
	for _, k := range []string{"string", "number", "bool", "time"} {
		if !has[k] {
			t.Errorf("refId B: no %s field (want string, int64/float64, time and bool); fields: %s", k, fieldTypes(f))
		}
	}
}

func checkTableTimes(t *testing.T, fl *data.Field) {
	t.Helper()
	for i := 0; i < fl.Len(); i++ {
		v, ok := fl.ConcreteAt(i)
		if !ok {
			continue
		}
		ts := v.(time.Time).UTC()
		if ts.Year() != 2026 {
			t.Errorf("refId B: time field %q row %d = %s, want a 2026 date (ms-vs-ns bug? Arrow timestamps are read as ns)", fl.Name, i, ts.Format(time.RFC3339Nano))
			return
		}
	}
	checkWholeMillis(t, "refId B", fl)
}

// checkWholeMillis: the backend works in epoch ms, so every ns timestamp must be an exact multiple
// of 1e6. A remainder (e.g. .248999936) means ms→ns went through a float64 (ms*1e6 > 2^53):
// convert with BigInt(ms) * 1_000_000n instead.
func checkWholeMillis(t *testing.T, what string, fl *data.Field) {
	t.Helper()
	for i := 0; i < fl.Len(); i++ {
		v, ok := fl.ConcreteAt(i)
		if !ok {
			continue
		}
		ts := v.(time.Time)
		if rem := ts.UnixNano() % int64(time.Millisecond); rem != 0 {
			t.Errorf("%s: time field %q row %d = %s (%d ns) is not a whole millisecond (remainder %d ns): float rounding in the ms→ns conversion; use BigInt(ms) * 1_000_000n",
				what, fl.Name, i, ts.UTC().Format(time.RFC3339Nano), ts.UnixNano(), rem)
			return
		}
	}
}
