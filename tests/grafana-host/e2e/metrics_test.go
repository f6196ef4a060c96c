package e2e

import (
	"strings"
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
	fams, _ := scrapeText(t, h)
	return fams
}

// scrapeText returns parsed families (only those with samples) and the names declared by
// "# TYPE" lines (a counter with no label set yet has a TYPE line and no samples).
func scrapeText(t *testing.T, h *host.Host) (map[string]*dto.MetricFamily, map[string]bool) {
	t.Helper()
	text, err := h.CollectMetrics(ctx(t))
	if err != nil {
		t.Fatal(err)
	}
	fams, err := host.ParseMetrics(text)
	if err != nil {
		t.Fatalf("CollectMetrics payload is not valid Prometheus text format: %v\n%.1000s", err, text)
	}
	declared := map[string]bool{}
	for _, line := range strings.Split(string(text), "\n") {
		if f := strings.Fields(line); len(f) >= 3 && f[0] == "#" && f[1] == "TYPE" {
			declared[f[2]] = true
		}
	}
	return fams, declared
}

func TestCollectMetrics(t *testing.T) {
	h := shared(t)
	before, declared := scrapeText(t, h)
	for _, name := range requiredMetrics {
		if before[name] == nil && !declared[name] {
			t.Errorf("metric %s missing from CollectMetrics (neither samples nor a # TYPE line; %d families)", name, len(before))
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
