package e2e

import (
	"testing"

	dto "github.com/prometheus/client_model/go"

	"teammetrics/grafanahost/internal/host"
)

var requiredMetrics = []string{
	"teammetrics_queries_total",
	"teammetrics_query_errors_total",
	"teammetrics_upstream_requests_total",
	"teammetrics_cache_hits_total",
}

func scrape(t *testing.T, h *host.Host) map[string]*dto.MetricFamily {
	t.Helper()
	text, err := h.CollectMetrics(ctx(t))
	if err != nil {
		t.Fatal(err)
	}
	fams, err := host.ParseMetrics(text)
	if err != nil {
		t.Fatalf("CollectMetrics payload is not valid Prometheus text format: %v\n%.1000s", err, text)
	}
	return fams
}

func TestCollectMetrics(t *testing.T) {
	h := shared(t)
	before := scrape(t, h)
	for _, name := range requiredMetrics {
		if before[name] == nil {
			t.Errorf("metric %s missing from CollectMetrics (families: %d)", name, len(before))
		}
	}
	queryAll(t, h, q("A", queryA), q("E", `{"refId":"E","queryType":"bogus"}`))
	after := scrape(t, h)
	for _, name := range []string{"teammetrics_queries_total", "teammetrics_query_errors_total"} {
		b, a := host.MetricSum(before[name]), host.MetricSum(after[name])
		if a <= b {
			t.Errorf("%s did not increase after a QueryData with one good and one bad query: before %v, after %v", name, b, a)
		}
	}
}
