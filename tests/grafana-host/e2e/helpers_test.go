package e2e

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/grafana/grafana-plugin-sdk-go/backend"
	"github.com/grafana/grafana-plugin-sdk-go/data"

	"teammetrics/grafanahost/internal/host"
)

// The dashboard range used by most tests: "last 30 days" ending 2026-11-26T00:00Z.
var (
	rangeFrom = time.Date(2026, 10, 27, 0, 0, 0, 0, time.UTC)
	rangeTo   = time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC)
)

const callTimeout = 15 * time.Second

func ctx(t *testing.T) context.Context {
	t.Helper()
	c, cancel := context.WithTimeout(context.Background(), callTimeout)
	t.Cleanup(cancel)
	return c
}

func q(refID, jsonText string) host.Query {
	return host.NewQuery(refID, jsonText, rangeFrom, rangeTo)
}

// queryAll runs one QueryData request and fails the test on transport/decoding errors or when a
// refId is missing from the response map.
func queryAll(t *testing.T, h *host.Host, queries ...host.Query) backend.Responses {
	t.Helper()
	resp, err := h.QueryData(ctx(t), queries...)
	if err != nil {
		t.Fatalf("%v\nplugin stderr tail:\n%s", err, h.StderrTail(15))
	}
	for _, qu := range queries {
		if _, ok := resp.Responses[qu.RefID]; !ok {
			t.Errorf("response map has no entry for refId %q (keys: %v); Grafana shows 'no data' for it", qu.RefID, keys(resp.Responses))
		}
	}
	return resp.Responses
}

func keys(r backend.Responses) []string {
	out := make([]string, 0, len(r))
	for k := range r {
		out = append(out, k)
	}
	return out
}

// wantOK asserts a successful DataResponse.
func wantOK(t *testing.T, ref string, r backend.DataResponse) bool {
	t.Helper()
	if r.Error != nil || r.Status != backend.StatusOK {
		t.Errorf("refId %s: want status 200 and no error, got status %d error=%v errorSource=%q", ref, r.Status, r.Error, r.ErrorSource)
		return false
	}
	return true
}

// wantErr asserts a failed DataResponse with the given status and source; msgParts must all
// appear (case-insensitive) in the error text.
func wantErr(t *testing.T, ref string, r backend.DataResponse, status backend.Status, src backend.ErrorSource, msgParts ...string) {
	t.Helper()
	if r.Error == nil {
		t.Errorf("refId %s: want error (status %d, source %q), got no error, status %d, %d frame(s)", ref, status, src, r.Status, len(r.Frames))
		return
	}
	if r.Status != status {
		t.Errorf("refId %s: want status %d, got %d (error %q)", ref, status, r.Status, r.Error)
	}
	if r.ErrorSource != src {
		t.Errorf("refId %s: want errorSource %q, got %q (error %q)", ref, src, r.ErrorSource, r.Error)
	}
	msg := strings.ToLower(r.Error.Error())
	for _, p := range msgParts {
		if !strings.Contains(msg, strings.ToLower(p)) {
			t.Errorf("refId %s: error message %q should mention %q", ref, r.Error, p)
		}
	}
}

func fieldTypes(f *data.Frame) string {
	var parts []string
	for _, fl := range f.Fields {
		parts = append(parts, fl.Name+":"+fl.Type().String())
	}
	return strings.Join(parts, ", ")
}
