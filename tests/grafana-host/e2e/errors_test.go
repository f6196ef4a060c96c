package e2e

import (
	"testing"

	"github.com/grafana/grafana-plugin-sdk-go/backend"

	"teammetrics/grafanahost/internal/host"
)

// errorCases are per-query failures: each must be reported in that query's DataResponse with the
// right HTTP-style status and error source (plugin = our bug/bad input, downstream = upstream API).
var errorCases = []struct {
	name, refID, json string
	status            backend.Status
	source            backend.ErrorSource
	mention           []string
}{
	{"malformed JSON", "C", `{"refId":"C","queryType":`, backend.StatusBadRequest, backend.ErrorSourcePlugin, []string{"json"}},
	{"unknown metric", "D", `{"refId":"D","queryType":"metric","metric":"no_such_metric"}`, backend.StatusBadRequest, backend.ErrorSourcePlugin, []string{"no_such_metric"}},
	{"unknown queryType", "E", `{"refId":"E","queryType":"bogus"}`, backend.StatusBadRequest, backend.ErrorSourcePlugin, nil},
	{"upstream rate limit", "F", `{"refId":"F","queryType":"demo_timeseries","failWith":"rate_limit"}`, backend.StatusTooManyRequests, backend.ErrorSourceDownstream, nil},
	{"upstream timeout", "F2", `{"refId":"F2","queryType":"demo_timeseries","failWith":"timeout"}`, backend.StatusTimeout, backend.ErrorSourceDownstream, nil},
	{"upstream unauthorized", "F3", `{"refId":"F3","queryType":"demo_timeseries","failWith":"unauthorized"}`, backend.StatusUnauthorized, backend.ErrorSourceDownstream, nil},
}

func TestQueryErrors(t *testing.T) {
	h := shared(t)
	for _, tc := range errorCases {
		t.Run(tc.name, func(t *testing.T) {
			r := queryAll(t, h, q(tc.refID, tc.json))[tc.refID]
			wantErr(t, tc.refID, r, tc.status, tc.source, tc.mention...)
		})
	}
}

// All scenarios in ONE request: failures stay per-query, A and B still succeed.
func TestMixedBatch(t *testing.T) {
	h := shared(t)
	queries := []host.Query{
		q("A", queryA),
		q("B", `{"refId":"B","queryType":"demo_table"}`),
		q("G", `{"refId":"G","queryType":"demo_timeseries","seriesCount":50}`),
	}
	for _, tc := range errorCases {
		queries = append(queries, q(tc.refID, tc.json))
	}
	rs := queryAll(t, h, queries...)
	if wantOK(t, "A", rs["A"]) && len(rs["A"].Frames) != 3 {
		t.Errorf("refId A in mixed batch: want 3 frames, got %d", len(rs["A"].Frames))
	}
	if wantOK(t, "B", rs["B"]) && len(rs["B"].Frames) != 1 {
		t.Errorf("refId B in mixed batch: want 1 frame, got %d", len(rs["B"].Frames))
	}
	if wantOK(t, "G", rs["G"]) && len(rs["G"].Frames) != 20 {
		t.Errorf("refId G in mixed batch: want 20 frames, got %d", len(rs["G"].Frames))
	}
	for _, tc := range errorCases {
		wantErr(t, tc.refID+" (mixed batch)", rs[tc.refID], tc.status, tc.source, tc.mention...)
	}
	for ref, r := range rs {
		for i, f := range r.Frames {
			if f.RefID != ref {
				t.Errorf("mixed batch: refId %s frame[%d] has RefID %q", ref, i, f.RefID)
			}
		}
	}
}
