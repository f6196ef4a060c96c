package e2e

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/grafana/grafana-plugin-sdk-go/data"
)

type catalogEntry struct {
	ID         string `json:"id"`
	Title      string `json:"title"`
	Unit       string `json:"unit"`
	Department string `json:"department"`
}

// TestEveryCatalogMetricServedByDemo asks the demo data source for every metric the catalog lists, as a
// weekly time series and as one whole-range value per team (what stat panels and alert rules use), and
// checks that Grafana's decoder gets numeric data it can reduce — or an explicit "No data" notice.
func TestEveryCatalogMetricServedByDemo(t *testing.T) {
	h := shared(t)
	res, err := h.CallResource(ctx(t), "GET", "catalog", nil)
	if err != nil || res.Code != 200 {
		t.Fatalf("GET catalog: code %v err %v", res, err)
	}
	var body struct {
		Metrics []catalogEntry `json:"metrics"`
	}
	if err := json.Unmarshal(res.Body, &body); err != nil {
		t.Fatalf("catalog JSON: %v", err)
	}
	if len(body.Metrics) < 40 {
		t.Fatalf("catalog lists %d metrics; expected the full catalog (≥ 40)", len(body.Metrics))
	}
	withValues := 0
	for _, m := range body.Metrics {
		weekly := q("W", fmt.Sprintf(`{"queryType":"metric","metric":%q,"bucket":"week"}`, m.ID))
		period := q("P", fmt.Sprintf(`{"queryType":"metric","metric":%q,"bucket":"period","groupBy":"team"}`, m.ID))
		resp := queryAll(t, h, weekly, period)
		for _, ref := range []string{"W", "P"} {
			r := resp[ref]
			if !wantOK(t, m.ID+"/"+ref, r) {
				continue
			}
			if len(r.Frames) == 0 {
				t.Errorf("%s/%s: no frames; an empty result must still carry a frame with a notice", m.ID, ref)
				continue
			}
			wantType := data.FrameTypeTimeSeriesMulti
			if ref == "P" {
				wantType = data.FrameTypeNumericMulti
			}
			numbers := 0
			for _, f := range r.Frames {
				if f.Meta == nil || f.Meta.Type != wantType {
					t.Errorf("%s/%s: frame meta type %v, want %s", m.ID, ref, f.Meta, wantType)
					continue
				}
				for _, field := range f.Fields {
					if field.Type() == data.FieldTypeNullableFloat64 {
						for i := 0; i < field.Len(); i++ {
							if v, ok := field.ConcreteAt(i); ok && v != nil {
								numbers++
							}
						}
						if field.Config == nil || field.Config.Unit != m.Unit {
							t.Errorf("%s/%s: field config unit %v, catalog says %q", m.ID, ref, field.Config, m.Unit)
						}
					}
				}
			}
			if numbers == 0 {
				notices := r.Frames[0].Meta.Notices
				if len(notices) == 0 {
					t.Errorf("%s/%s: no numeric value and no notice saying why", m.ID, ref)
				}
			} else if ref == "W" {
				withValues++
			}
		}
	}
	// The demo organisation exists so that every dashboard shows data: almost every metric must have values.
	if withValues < len(body.Metrics)-2 {
		t.Errorf("only %d of %d catalog metrics have values over the last 30 days of the demo organisation", withValues, len(body.Metrics))
	}
}
